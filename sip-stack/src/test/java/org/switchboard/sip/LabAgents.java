package org.switchboard.sip;

import java.util.List;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;

/**
 * Starts user agents against the lab's Kamailio. This module's tests use users 1001-1019 and local
 * SIP ports 15060-15099 only.
 */
final class LabAgents {
  private LabAgents() {}

  static SipAccount account(Lab lab, String user, SipTransport transport) {
    return account(lab, user, lab.passwordFor(user), lab.registrarPort(), transport);
  }

  static SipAccount account(
      Lab lab, String user, String password, int registrarPort, SipTransport transport) {
    return new SipAccount(
        user,
        lab.sipDomain(),
        "Agent " + user,
        user,
        Secret.of(password),
        lab.registrarHost(),
        registrarPort,
        transport,
        300);
  }

  /** Starts an agent bound to the registrar's own loopback address (the lab's address). */
  static SipUserAgent start(SipAccount account, int port, FakeMediaEngine media)
      throws SipStartException {
    return SipUserAgent.start(
        account,
        new SipListenSettings(account.registrarHost(), port, account.transport()),
        media,
        SipTimings.defaults());
  }

  /** Clears the bindings of {@code users} so no stale contact forks calls. */
  static void clearBindings(Lab lab, List<String> users) {
    users.forEach(u -> lab.kamailio().clearBindings(u));
  }
}
