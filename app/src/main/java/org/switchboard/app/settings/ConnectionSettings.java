package org.switchboard.app.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipAccountOptions;

/**
 * How the account talks to the SIP server beyond the address: the outbound proxy, how DTMF is sent,
 * whether calls that bypass the server are taken, keep-alives, session timers, the certificate
 * authorities trusted for TLS and the DNS servers used to find the registrar. Values are as saved;
 * {@link ConnectionSettingsViewModel} judges what the user types.
 *
 * @param outboundProxy {@code host}, {@code host:port} or a {@code sip:}/{@code sips:} URI; empty
 *     for none
 * @param keepAliveSeconds 0 for none
 * @param sessionExpiresSeconds 0 turns session timers off
 * @param tlsTrustFile a PEM file; empty for the system's certificate store
 * @param dnsServers comma-separated {@code host} or {@code host:port}; empty for the system's
 */
public record ConnectionSettings(
    String outboundProxy,
    DtmfMode dtmf,
    boolean directCalls,
    int keepAliveSeconds,
    int sessionExpiresSeconds,
    String tlsTrustFile,
    String dnsServers) {

  public ConnectionSettings {
    Objects.requireNonNull(outboundProxy, "outboundProxy");
    Objects.requireNonNull(dtmf, "dtmf");
    Objects.requireNonNull(tlsTrustFile, "tlsTrustFile");
    Objects.requireNonNull(dnsServers, "dnsServers");
  }

  /** The SIP stack's own defaults: no proxy, automatic DTMF, server calls only. */
  public static ConnectionSettings defaults() {
    SipAccountOptions d = SipAccountOptions.defaults();
    return new ConnectionSettings(
        d.outboundProxy(),
        d.dtmfMode(),
        d.directCallsAllowed(),
        d.keepAliveSeconds(),
        d.sessionExpiresSeconds(),
        d.tlsTrustFile(),
        String.join(", ", d.dnsServers()));
  }

  /**
   * The SIP stack's options for these settings.
   *
   * @param autoAnswerAllowed whether the server may ask for a call to be answered by itself (the
   *     auto-answer section's choice)
   * @throws IllegalArgumentException naming the setting when a value is out of range
   */
  public SipAccountOptions toOptions(boolean autoAnswerAllowed) {
    return new SipAccountOptions(
        outboundProxy.strip(),
        dtmf,
        autoAnswerAllowed,
        directCalls,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile.strip(),
        dnsServerList());
  }

  /** The DNS servers, one per comma-separated entry, blanks dropped. */
  public List<String> dnsServerList() {
    return splitServers(dnsServers);
  }

  /** The comma-separated entries of {@code text}, stripped, blanks dropped. */
  static List<String> splitServers(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The name the settings file stores for {@code mode}. */
  public static String dtmfTag(DtmfMode mode) {
    return switch (mode) {
      case RFC4733 -> "rfc4733";
      case SIP_INFO -> "sipInfo";
      case AUTO -> "auto";
    };
  }

  /** The mode named {@code tag} (any case), if there is one. */
  public static Optional<DtmfMode> dtmfFromTag(String tag) {
    for (DtmfMode mode : DtmfMode.values()) {
      if (dtmfTag(mode).equalsIgnoreCase(tag.strip())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
