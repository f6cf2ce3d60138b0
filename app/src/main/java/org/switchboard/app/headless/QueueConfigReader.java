package org.switchboard.app.headless;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import org.switchboard.app.headless.ConfigSection.ConfigProblem;
import org.switchboard.core.Secret;

/**
 * Reads the configuration's {@code queue} section (queue mode): the service's URL, the agent's id
 * and API password (literally or from an environment variable, as {@code account.password}), and
 * the queues to log in to. Errors name the setting, e.g. {@code queue.url}.
 */
final class QueueConfigReader {
  private static final Set<String> KEYS =
      Set.of("url", "user", "password", "passwordEnv", "queues");

  private QueueConfigReader() {}

  static AgentConfig.Queue read(ConfigSection top, Map<String, String> env) {
    ConfigSection q = top.section("queue", KEYS);
    return new AgentConfig.Queue(
        url(q), q.requiredText("user"), password(q, env), q.textList("queues"));
  }

  private static String url(ConfigSection q) {
    String text = q.requiredText("url").trim();
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null) {
        throw new ConfigProblem(
            q.name("url") + " must be an http:// or https:// URL with a host, was '" + text + "'");
      }
    } catch (URISyntaxException e) {
      throw new ConfigProblem(q.name("url") + " is not a URL: " + e.getMessage());
    }
    return text.endsWith("/") ? text : text + "/";
  }

  private static Secret password(ConfigSection q, Map<String, String> env) {
    boolean literal = q.has("password");
    boolean fromEnv = q.has("passwordEnv");
    if (literal == fromEnv) {
      throw new ConfigProblem(
          literal
              ? "give either " + q.name("password") + " or " + q.name("passwordEnv") + ", not both"
              : q.name("password") + " (or " + q.name("passwordEnv") + ") is missing");
    }
    if (literal) {
      return Secret.of(q.requiredText("password"));
    }
    String variable = q.requiredText("passwordEnv");
    String value = env.get(variable);
    if (value == null) {
      throw new ConfigProblem(
          q.name("passwordEnv")
              + " names the environment variable "
              + variable
              + ", which is not set");
    }
    return Secret.of(value);
  }
}
