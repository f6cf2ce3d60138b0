package org.switchboard.testkit.relay;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites one direction of a spliced SIP dialog so that each end sees the relay as the other:
 * every {@code host:port} of the map is replaced in one pass (so replacements never chain), the
 * SDP's audio port is replaced by the relay's media port (its RTCP attribute likewise), Route
 * headers are dropped (the relay is the only hop), and Content-Length is set to the new body.
 * Stateless and thread-safe.
 */
final class SipRewriter {
  private static final Pattern AUDIO_PORT = Pattern.compile("(?m)^m=audio (\\d+)");
  private static final Pattern RTCP_PORT = Pattern.compile("(?m)^a=rtcp:(\\d+)");
  private static final Pattern ROUTE = Pattern.compile("(?im)^(Route|Route-Ext):[^\\r\\n]*\\r?\\n");
  private static final Pattern LENGTH =
      Pattern.compile("(?im)^(Content-Length|l)[ \\t]*:[ \\t]*\\d+");

  private final Pattern hostPorts;
  private final Map<String, String> replacements;

  /**
   * @param replacements {@code "127.0.0.16:27160" -> "127.0.0.16:27164"} and so on
   */
  SipRewriter(Map<String, String> replacements) {
    this.replacements = Map.copyOf(replacements);
    this.hostPorts =
        Pattern.compile(
            replacements.keySet().stream()
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(", ")(?!\\d)")));
  }

  /** The audio port the SDP of {@code message} offers or answers, if it has one. */
  static OptionalInt audioPort(String message) {
    Matcher m = AUDIO_PORT.matcher(body(message));
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** {@code message} as the other end must see it, its SDP audio at {@code relayAudioPort}. */
  String rewrite(String message, int relayAudioPort) {
    int split = headerEnd(message);
    String head = message.substring(0, split);
    String body = message.substring(split);
    head = ROUTE.matcher(replaceHostPorts(head)).replaceAll("");
    body = replaceHostPorts(body);
    body = AUDIO_PORT.matcher(body).replaceAll("m=audio " + relayAudioPort);
    body = RTCP_PORT.matcher(body).replaceAll("a=rtcp:" + (relayAudioPort + 1));
    String bodyOnly = body.startsWith("\r\n\r\n") ? body.substring(4) : body;
    int length = bodyOnly.getBytes(StandardCharsets.UTF_8).length;
    head = LENGTH.matcher(head).replaceFirst("$1: " + length);
    return head + body;
  }

  private String replaceHostPorts(String text) {
    return hostPorts
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(replacements.get(m.group(1))));
  }

  private static int headerEnd(String message) {
    int end = message.indexOf("\r\n\r\n");
    return end < 0 ? message.length() : end;
  }

  private static String body(String message) {
    int end = headerEnd(message);
    return end + 4 <= message.length() ? message.substring(end + 4) : "";
  }
}
