package org.switchboard.queue.service.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.core.Secret;

/** Reads the {@code service.sip.proxy} section into {@link ProxySettings}. */
final class ProxySettingsReader {
  /** {@code sip:host:port} or {@code host:port}, the port optional; group 1 is the host. */
  private static final Pattern URI =
      Pattern.compile("(?:sip:)?([A-Za-z0-9.\\-]{1,253}|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");

  private static final Pattern DOMAIN =
      Pattern.compile("[A-Za-z0-9.\\-]{1,253}|\\[[0-9A-Fa-f:.]+\\]");

  private static final Pattern USER = Pattern.compile("[A-Za-z0-9._+\\-]{1,64}");

  private static final String DEFAULT_USER = "switchboard";

  private final Map<String, String> env;

  /**
   * @param env the environment, for {@code passwordEnv}
   */
  ProxySettingsReader(Map<String, String> env) {
    this.env = env;
  }

  ProxySettings read(Section proxy) {
    String uri = proxy.requiredText("uri");
    String host = "";
    if (uri != null) {
      Matcher matcher = URI.matcher(uri);
      if (matcher.matches()) {
        host = matcher.group(1);
      } else {
        proxy.problem("uri", "'" + uri + "' is not a proxy address (sip:host:port)");
      }
    }
    String domain = proxy.text("domain", host);
    if (proxy.has("domain") && !DOMAIN.matcher(domain).matches()) {
      proxy.problem("domain", "'" + domain + "' is not a SIP domain (a host name or address)");
    }
    String user = proxy.text("user", DEFAULT_USER);
    if (!USER.matcher(user).matches()) {
      proxy.problem("user", "'" + user + "' is not a SIP user name (letters, digits, . _ + -)");
    }
    Secret password = password(proxy);
    proxy.finish();
    return new ProxySettings(uri == null ? "" : uri, domain, user, password);
  }

  /** {@code password} or {@code passwordEnv}; none: the service answers no challenge. */
  private Secret password(Section proxy) {
    String plain = proxy.optionalText("password");
    String envName = proxy.optionalText("passwordEnv");
    if (plain != null && envName != null) {
      proxy.problem("passwordEnv", "give either 'password' or 'passwordEnv', not both");
      return Secret.of("");
    }
    if (envName != null) {
      String value = env.get(envName);
      if (value == null || value.isEmpty()) {
        proxy.problem("passwordEnv", "the environment variable " + envName + " is not set");
        return Secret.of("");
      }
      return Secret.of(value);
    }
    return Secret.of(plain == null ? "" : plain);
  }
}
