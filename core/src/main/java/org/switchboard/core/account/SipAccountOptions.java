package org.switchboard.core.account;

import java.util.List;
import java.util.Objects;
import org.switchboard.core.media.SrtpPolicy;

/**
 * An account's less common settings. {@link #defaults()} suits an agent behind one registrar; the
 * {@code with...} methods return changed copies.
 *
 * @param outboundProxy where every request is sent first ({@code host}, {@code host:port} or a
 *     {@code sip:}/{@code sips:} URI); empty to send to the registrar
 * @param dtmfMode how digits are sent
 * @param autoAnswerAllowed whether the server may ask this account to answer a call by itself
 *     ({@code Call-Info: ...;answer-after=N}, {@code Alert-Info: ...;info=alert-autoanswer})
 * @param directCallsAllowed whether INVITEs from anywhere but the registrar/outbound proxy are
 *     accepted
 * @param keepAliveSeconds how often the registrar connection is kept alive (CRLF on TCP/TLS,
 *     OPTIONS on UDP); 0 for never
 * @param sessionExpiresSeconds the session interval asked for (RFC 4028); 0 turns session timers
 *     off; else at least 90
 * @param tlsTrustFile a PEM file of the certificate authorities trusted for TLS; empty for the
 *     system's trust store
 * @param dnsServers DNS servers ({@code host} or {@code host:port}) used for SRV/NAPTR lookups of
 *     the registrar; empty for the system's resolver
 * @param srtpPolicy whether calls' media is encrypted (SDES keys only over TLS signalling)
 */
public record SipAccountOptions(
    String outboundProxy,
    DtmfMode dtmfMode,
    boolean autoAnswerAllowed,
    boolean directCallsAllowed,
    int keepAliveSeconds,
    int sessionExpiresSeconds,
    String tlsTrustFile,
    List<String> dnsServers,
    SrtpPolicy srtpPolicy) {

  /** The session interval asked for by default: 30 minutes (RFC 4028's recommendation). */
  public static final int DEFAULT_SESSION_EXPIRES = 1800;

  /** The smallest session interval RFC 4028 allows. */
  public static final int MIN_SESSION_EXPIRES = 90;

  public SipAccountOptions {
    Objects.requireNonNull(outboundProxy, "outboundProxy");
    Objects.requireNonNull(dtmfMode, "dtmfMode");
    Objects.requireNonNull(tlsTrustFile, "tlsTrustFile");
    Objects.requireNonNull(srtpPolicy, "srtpPolicy");
    dnsServers = List.copyOf(dnsServers);
    if (keepAliveSeconds < 0) {
      throw new IllegalArgumentException(
          "keepAliveSeconds must be 0 or more, was " + keepAliveSeconds);
    }
    if (sessionExpiresSeconds != 0 && sessionExpiresSeconds < MIN_SESSION_EXPIRES) {
      throw new IllegalArgumentException(
          "sessionExpiresSeconds must be 0 (off) or at least "
              + MIN_SESSION_EXPIRES
              + ", was "
              + sessionExpiresSeconds);
    }
  }

  /** Options with the default media encryption, {@link SrtpPolicy#OPTIONAL}. */
  public SipAccountOptions(
      String outboundProxy,
      DtmfMode dtmfMode,
      boolean autoAnswerAllowed,
      boolean directCallsAllowed,
      int keepAliveSeconds,
      int sessionExpiresSeconds,
      String tlsTrustFile,
      List<String> dnsServers) {
    this(
        outboundProxy,
        dtmfMode,
        autoAnswerAllowed,
        directCallsAllowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        dnsServers,
        SrtpPolicy.OPTIONAL);
  }

  /**
   * No outbound proxy, automatic DTMF, no auto-answer, no direct calls, 30 s keep-alive, media
   * encrypted when the peer can ({@link SrtpPolicy#OPTIONAL}, see ADR 0023).
   */
  public static SipAccountOptions defaults() {
    return new SipAccountOptions(
        "", DtmfMode.AUTO, false, false, 30, DEFAULT_SESSION_EXPIRES, "", List.of());
  }

  public SipAccountOptions withSrtpPolicy(SrtpPolicy policy) {
    return new SipAccountOptions(
        outboundProxy,
        dtmfMode,
        autoAnswerAllowed,
        directCallsAllowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        dnsServers,
        policy);
  }

  public SipAccountOptions withOutboundProxy(String proxy) {
    return new SipAccountOptions(
        proxy,
        dtmfMode,
        autoAnswerAllowed,
        directCallsAllowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        dnsServers,
        srtpPolicy);
  }

  public SipAccountOptions withDtmfMode(DtmfMode mode) {
    return new SipAccountOptions(
        outboundProxy,
        mode,
        autoAnswerAllowed,
        directCallsAllowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        dnsServers,
        srtpPolicy);
  }

  public SipAccountOptions withAutoAnswerAllowed(boolean allowed) {
    return new SipAccountOptions(
        outboundProxy,
        dtmfMode,
        allowed,
        directCallsAllowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        dnsServers,
        srtpPolicy);
  }

  public SipAccountOptions withDirectCallsAllowed(boolean allowed) {
    return new SipAccountOptions(
        outboundProxy,
        dtmfMode,
        autoAnswerAllowed,
        allowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        dnsServers,
        srtpPolicy);
  }

  public SipAccountOptions withKeepAliveSeconds(int seconds) {
    return new SipAccountOptions(
        outboundProxy,
        dtmfMode,
        autoAnswerAllowed,
        directCallsAllowed,
        seconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        dnsServers,
        srtpPolicy);
  }

  public SipAccountOptions withSessionExpiresSeconds(int seconds) {
    return new SipAccountOptions(
        outboundProxy,
        dtmfMode,
        autoAnswerAllowed,
        directCallsAllowed,
        keepAliveSeconds,
        seconds,
        tlsTrustFile,
        dnsServers,
        srtpPolicy);
  }

  public SipAccountOptions withTlsTrustFile(String file) {
    return new SipAccountOptions(
        outboundProxy,
        dtmfMode,
        autoAnswerAllowed,
        directCallsAllowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        file,
        dnsServers,
        srtpPolicy);
  }

  public SipAccountOptions withDnsServers(List<String> servers) {
    return new SipAccountOptions(
        outboundProxy,
        dtmfMode,
        autoAnswerAllowed,
        directCallsAllowed,
        keepAliveSeconds,
        sessionExpiresSeconds,
        tlsTrustFile,
        servers,
        srtpPolicy);
  }
}
