package org.switchboard.sip;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipTransport;

/**
 * How a {@link SipUserAgent} runs as a server endpoint ({@link SipUserAgent#startService}): it
 * answers calls to its own users and numbers, places calls itself, and optionally is the registrar
 * of a domain. Use {@link #of} and the {@code with...} methods.
 *
 * @param listen where it listens (UDP or TCP: the service holds no TLS certificate of its own)
 * @param domain the SIP domain it serves, e.g. {@code switchboard.example.com}; also the digest
 *     realm of its registrar and the host part of its From address
 * @param users the user parts it answers INVITEs for, e.g. {@code 100} and {@code queue}; an INVITE
 *     to any other user gets 404
 * @param maxLiveCalls calls at once (ringing or answered), in and out; an INVITE beyond it gets 503
 *     with Retry-After
 * @param dtmfMode how the calls it places and answers send digits
 * @param outboundProxy where the calls it places go first ({@code host}, {@code host:port} or a
 *     {@code sip:} URI), e.g. a Kamailio; empty to send them straight to the Request-URI. Calls to
 *     users of its own registrar always go straight to their binding.
 * @param serviceUser the user part of its own address ({@code From} of the calls it places)
 * @param registrar its registrar, or null for none (REGISTER then gets 405)
 * @param proxyUser the digest user name it answers its outbound proxy's challenges with (401 or 407
 *     for the proxy's realm, which must be its {@code domain}); empty: it answers none
 * @param proxyPassword the password for {@code proxyUser}; never logged
 */
public record SipServiceSettings(
    SipListenSettings listen,
    String domain,
    Set<String> users,
    int maxLiveCalls,
    DtmfMode dtmfMode,
    String outboundProxy,
    String serviceUser,
    @Nullable SipRegistrarSettings registrar,
    String proxyUser,
    Secret proxyPassword) {

  /** The default {@link #maxLiveCalls}. */
  public static final int DEFAULT_MAX_LIVE_CALLS = 500;

  private static final Pattern USER = Pattern.compile("[A-Za-z0-9\\-_.!~*'()&=+$,;?/%]{1,64}");
  private static final Pattern DOMAIN =
      Pattern.compile("[A-Za-z0-9\\-.]{1,253}|\\[[0-9A-Fa-f:.]+\\]");

  /**
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public SipServiceSettings {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(dtmfMode, "dtmfMode");
    Objects.requireNonNull(outboundProxy, "outboundProxy");
    Objects.requireNonNull(serviceUser, "serviceUser");
    Objects.requireNonNull(proxyUser, "proxyUser");
    Objects.requireNonNull(proxyPassword, "proxyPassword");
    users = Set.copyOf(users);
    if (!DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException("domain '" + domain + "' is not a host name or address");
    }
    checkUsers(users);
    if (!USER.matcher(serviceUser).matches()) {
      throw new IllegalArgumentException(
          "serviceUser '" + serviceUser + "' is not a SIP user part");
    }
    if (maxLiveCalls < 1) {
      throw new IllegalArgumentException("maxLiveCalls must be at least 1, was " + maxLiveCalls);
    }
    if (listen.transport() == SipTransport.TLS) {
      throw new IllegalArgumentException(
          "listen: a SIP service listens on UDP or TCP (it holds no TLS certificate)");
    }
  }

  /**
   * Checks that each of {@code users} is a SIP user part.
   *
   * @throws IllegalArgumentException naming the first that is not
   */
  public static void checkUsers(Set<String> users) {
    for (String user : users) {
      if (!USER.matcher(user).matches()) {
        throw new IllegalArgumentException("users: '" + user + "' is not a valid SIP user part");
      }
    }
  }

  /**
   * Settings answering {@code users} at {@code domain}: {@value #DEFAULT_MAX_LIVE_CALLS} live
   * calls, automatic DTMF, no outbound proxy, service user {@code switchboard}, no registrar.
   */
  public static SipServiceSettings of(SipListenSettings listen, String domain, Set<String> users) {
    return new SipServiceSettings(
        listen,
        domain,
        users,
        DEFAULT_MAX_LIVE_CALLS,
        DtmfMode.AUTO,
        "",
        "switchboard",
        null,
        "",
        Secret.of(""));
  }

  public SipServiceSettings withMaxLiveCalls(int max) {
    return new SipServiceSettings(
        listen,
        domain,
        users,
        max,
        dtmfMode,
        outboundProxy,
        serviceUser,
        registrar,
        proxyUser,
        proxyPassword);
  }

  public SipServiceSettings withDtmfMode(DtmfMode mode) {
    return new SipServiceSettings(
        listen,
        domain,
        users,
        maxLiveCalls,
        mode,
        outboundProxy,
        serviceUser,
        registrar,
        proxyUser,
        proxyPassword);
  }

  public SipServiceSettings withOutboundProxy(String proxy) {
    return new SipServiceSettings(
        listen,
        domain,
        users,
        maxLiveCalls,
        dtmfMode,
        proxy,
        serviceUser,
        registrar,
        proxyUser,
        proxyPassword);
  }

  public SipServiceSettings withServiceUser(String user) {
    return new SipServiceSettings(
        listen,
        domain,
        users,
        maxLiveCalls,
        dtmfMode,
        outboundProxy,
        user,
        registrar,
        proxyUser,
        proxyPassword);
  }

  public SipServiceSettings withRegistrar(@Nullable SipRegistrarSettings settings) {
    return new SipServiceSettings(
        listen,
        domain,
        users,
        maxLiveCalls,
        dtmfMode,
        outboundProxy,
        serviceUser,
        settings,
        proxyUser,
        proxyPassword);
  }

  /**
   * Answers the outbound proxy's digest challenges as {@code user} with {@code password} (a proxy
   * that authenticates the calls it relays, e.g. a Kamailio checking its own subscribers).
   */
  public SipServiceSettings withProxyCredentials(String user, Secret password) {
    return new SipServiceSettings(
        listen,
        domain,
        users,
        maxLiveCalls,
        dtmfMode,
        outboundProxy,
        serviceUser,
        registrar,
        user,
        password);
  }

  /** Says whether credentials are set, never what they are. */
  @Override
  public String toString() {
    return "SipServiceSettings[listen="
        + listen
        + ", domain="
        + domain
        + ", users="
        + users
        + ", outboundProxy="
        + outboundProxy
        + ", serviceUser="
        + serviceUser
        + ", proxyUser="
        + (proxyUser.isEmpty() ? "none" : proxyUser)
        + "]";
  }
}
