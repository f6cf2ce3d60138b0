package org.switchboard.app.logging;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Removes secrets from text on its way to a file: credential headers ({@code Authorization}, {@code
 * Proxy-Authorization}) to the end of their line, bearer tokens, SIP digest responses, values of
 * keys that name a secret ({@code password=}, {@code "apiKey": "…"}, {@code access_token=}),
 * passwords in URLs ({@code https://user:pw@host}), and SDP key material ({@code a=crypto:}, {@code
 * k=}, {@code inline:}). The SIP stack already redacts its own traces; this is the net under
 * everything else that is logged by mistake. Stateless and safe on any thread.
 */
public final class SecretMasking {
  /** What a secret is replaced with. */
  public static final String REMOVED = "[removed]";

  private static final List<Rule> RULES =
      List.of(
          // A credential header, to the end of its line (SIP and HTTP).
          rule(
              "(?i)\\b((?:proxy-)?authorization[\"']?\\s*[:=]\\s*)[^\\r\\n]*",
              m -> m.group(1) + REMOVED),
          rule("\\b(Bearer\\s+)[A-Za-z0-9._~+/=-]{6,}", m -> m.group(1) + REMOVED),
          // A SIP/HTTP digest response: the hash proves the password.
          rule(
              "(?i)\\b(response\\s*=\\s*)\"?[0-9a-f]{16,}\"?",
              m -> m.group(1) + "\"" + REMOVED + "\""),
          rule(
              "(?i)\\b([\\w-]*?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key"
                  + "|private[_-]?key))([\"']?\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&}\\])\"']+)",
              SecretMasking::keyValue),
          // user:password@ in a URL, and sip:user:password@host.
          rule(
              "(?i)\\b([a-z][a-z0-9+.-]*:(?://)?[^/\\s:@;<>\"]+:)[^/\\s@;<>\"]+@",
              m -> m.group(1) + REMOVED + "@"),
          rule("(?i)(a=crypto:)[^\\r\\n]*", m -> m.group(1) + REMOVED),
          rule("(?m)^(k=)[^\\r\\n]*", m -> m.group(1) + REMOVED),
          rule("(?i)\\b(inline:)[A-Za-z0-9+/=|:^_-]+", m -> m.group(1) + REMOVED));

  private SecretMasking() {}

  /** {@code text} with every secret it recognises replaced by {@value #REMOVED}. */
  public static String mask(String text) {
    String out = text;
    for (Rule rule : RULES) {
      out = rule.pattern().matcher(out).replaceAll(m -> quote(rule.replacement().apply(m)));
    }
    return out;
  }

  /** Keeps the quotes around a masked value, so masked JSON still reads as JSON. */
  private static String keyValue(MatchResult m) {
    String value = m.group(3);
    String masked =
        value.startsWith("\"")
            ? "\"" + REMOVED + "\""
            : value.startsWith("'") ? "'" + REMOVED + "'" : REMOVED;
    return m.group(1) + m.group(2) + masked;
  }

  private static String quote(String replacement) {
    return replacement.replace("\\", "\\\\").replace("$", "\\$");
  }

  private static Rule rule(String regex, Function<MatchResult, String> replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }

  private record Rule(Pattern pattern, Function<MatchResult, String> replacement) {}
}
