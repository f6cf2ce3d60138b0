package org.switchboard.sip.internal.transport;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;

/**
 * The server every out-of-dialog request of an account goes to first: its outbound proxy when one
 * is set, else its registrar. Immutable; any thread.
 *
 * @param host a host name or IP address (IPv6 without brackets)
 * @param port its port
 * @param transport the account's transport
 * @param fromProxySetting whether it came from the {@code outboundProxy} setting
 */
public record ServerAddress(
    String host, int port, SipTransport transport, boolean fromProxySetting) {
  private static final Pattern PROXY =
      Pattern.compile(
          "(?i)(?:(sips?):)?(\\[[0-9a-f:.]+\\]|[a-z0-9][a-z0-9.\\-]*)(?::([0-9]{1,5}))?"
              + "((?:;[a-z0-9\\-]+(?:=[a-z0-9\\-.]+)?)*)");

  /**
   * The server of {@code account}.
   *
   * @throws IllegalArgumentException naming {@code outboundProxy} when it cannot be used
   */
  public static ServerAddress of(SipAccount account) {
    String proxy = account.options().outboundProxy().trim();
    if (proxy.isEmpty()) {
      return new ServerAddress(
          unbracket(account.registrarHost()), account.registrarPort(), account.transport(), false);
    }
    return parseProxy(proxy, account.transport());
  }

  static ServerAddress parseProxy(String proxy, SipTransport transport) {
    Matcher m = PROXY.matcher(proxy);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "outboundProxy '" + proxy + "' is not a host, host:port or sip:/sips: URI");
    }
    boolean secure = "sips".equalsIgnoreCase(m.group(1));
    if (secure && transport != SipTransport.TLS) {
      throw new IllegalArgumentException(
          "outboundProxy '" + proxy + "' is a sips: URI but the account uses " + transport);
    }
    String param = transportParam(m.group(4));
    if (param != null && !param.equalsIgnoreCase(transport.name())) {
      throw new IllegalArgumentException(
          "outboundProxy '"
              + proxy
              + "' asks for transport "
              + param
              + " but the account uses "
              + transport);
    }
    int port = m.group(3) == null ? defaultPort(transport) : Integer.parseInt(m.group(3));
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("outboundProxy '" + proxy + "' has no valid port");
    }
    return new ServerAddress(unbracket(m.group(2)), port, transport, true);
  }

  private static @org.jspecify.annotations.Nullable String transportParam(String params) {
    for (String p : params.split(";")) {
      if (p.toLowerCase(Locale.ROOT).startsWith("transport=")) {
        return p.substring("transport=".length());
      }
    }
    return null;
  }

  /** 5061 for TLS, 5060 otherwise (RFC 3261 section 19.1.2). */
  public static int defaultPort(SipTransport transport) {
    return transport == SipTransport.TLS ? 5061 : 5060;
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** The host as it goes into a SIP URI (IPv6 in brackets). */
  public String hostForUri() {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
