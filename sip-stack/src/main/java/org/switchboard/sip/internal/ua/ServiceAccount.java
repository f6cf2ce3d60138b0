package org.switchboard.sip.internal.ua;

import java.util.List;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.sip.SipServiceSettings;

/**
 * The account a service-mode agent runs under, so the call layers work for it unchanged: its own
 * address {@code serviceUser@domain}, the outbound proxy for the calls it places (else its own
 * address stands in as the "registrar", which it never registers with), direct calls allowed, no
 * keep-alive, and the proxy's credentials if any. Pure.
 */
public final class ServiceAccount {
  /** Registration lifetime of the stand-in account; a service never registers. */
  private static final int NEVER_USED_EXPIRY = 3600;

  private ServiceAccount() {}

  /** The account for {@code settings}, listening on {@code port}. */
  public static SipAccount of(SipServiceSettings settings, int port) {
    SipAccountOptions options =
        SipAccountOptions.defaults()
            .withOutboundProxy(settings.outboundProxy())
            .withDtmfMode(settings.dtmfMode())
            .withDirectCallsAllowed(true)
            .withAutoAnswerAllowed(false)
            .withKeepAliveSeconds(0)
            .withDnsServers(List.of());
    return new SipAccount(
        settings.serviceUser(),
        settings.domain(),
        "",
        settings.proxyUser().isEmpty() ? settings.serviceUser() : settings.proxyUser(),
        settings.proxyPassword(),
        settings.listen().address(),
        port,
        settings.listen().transport(),
        NEVER_USED_EXPIRY,
        options);
  }
}
