package org.switchboard.sip.internal.transfer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The value of a Replaces header (RFC 3891): the dialog to replace, named from the side of the UA
 * that receives the header ({@code to-tag} is its local tag, {@code from-tag} its peer's). Pure.
 *
 * @param earlyOnly the {@code early-only} flag: replace the dialog only while it is early
 */
public record ReplacesValue(String callId, String toTag, String fromTag, boolean earlyOnly) {

  /** Reads a header value such as {@code abc@host;to-tag=1;from-tag=2}; empty when malformed. */
  public static Optional<ReplacesValue> parse(String value) {
    String[] parts = value.trim().split(";");
    String callId = parts[0].trim();
    String toTag = null;
    String fromTag = null;
    boolean earlyOnly = false;
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].trim().split("=", 2);
      String name = param[0].trim().toLowerCase(Locale.ROOT);
      String paramValue = param.length > 1 ? param[1].trim() : "";
      switch (name) {
        case "to-tag" -> toTag = paramValue;
        case "from-tag" -> fromTag = paramValue;
        case "early-only" -> earlyOnly = true;
        default -> {}
      }
    }
    if (callId.isEmpty() || toTag == null || fromTag == null) {
      return Optional.empty();
    }
    return Optional.of(new ReplacesValue(callId, toTag, fromTag, earlyOnly));
  }

  /**
   * Reads the Replaces embedded in a Refer-To URI's header part (RFC 3515 section 2.1), e.g. {@code
   * Replaces=abc%40host%3Bto-tag%3D1%3Bfrom-tag%3D2}; empty when there is none.
   */
  public static Optional<ReplacesValue> fromUriHeaders(String uriHeaders) {
    for (String header : uriHeaders.split("&")) {
      String[] pair = header.split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("Replaces")) {
        return parse(percentDecode(pair[1]));
      }
    }
    return Optional.empty();
  }

  /** The header value, e.g. {@code abc@host;to-tag=1;from-tag=2}. */
  public String headerValue() {
    return callId + ";to-tag=" + toTag + ";from-tag=" + fromTag + (earlyOnly ? ";early-only" : "");
  }

  /** The header as a URI header for a Refer-To: {@code Replaces=<escaped value>}. */
  public String asUriHeader() {
    return "Replaces="
        + URLEncoder.encode(headerValue(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String percentDecode(String escaped) {
    // URLDecoder would turn '+' into a space; a Call-ID may hold a literal '+'.
    return URLDecoder.decode(escaped.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
