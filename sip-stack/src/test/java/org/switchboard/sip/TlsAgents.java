package org.switchboard.sip;

import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;

/**
 * Agents for the transport tests: lab users 3040-3079, local ports 16100-16199 on the lab's
 * address. TLS agents trust the lab's throwaway authority.
 */
final class TlsAgents {
  private TlsAgents() {}

  /** A TLS account of {@code user} at {@code host:port}, trusting the lab's authority. */
  static SipAccount tlsAccount(Lab lab, String user, String host, int port) {
    return account(lab, user, host, port, SipTransport.TLS)
        .withOptions(SipAccountOptions.defaults().withTlsTrustFile(lab.tlsCaFile().toString()));
  }

  static SipAccount account(Lab lab, String user, String host, int port, SipTransport transport) {
    return new SipAccount(
        user,
        lab.sipDomain(),
        "Agent " + user,
        user,
        Secret.of(lab.passwordFor(user)),
        host,
        port,
        transport,
        300);
  }

  /** Starts an agent for {@code account} on the lab's address and {@code port}. */
  static SipUserAgent start(Lab lab, SipAccount account, int port) throws SipStartException {
    return SipUserAgent.start(
        account,
        new SipListenSettings(lab.localAddress(), port, account.transport()),
        FakeMediaEngine.pcmuOnly(),
        SipTimings.defaults());
  }
}
