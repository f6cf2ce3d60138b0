package org.switchboard.crm.internal.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.crm.internal.http.CrmCallFailure;

/** A token endpoint's answer: tokens (RFC 6749 §5.1) or a refusal with its error code (§5.2). */
public sealed interface TokenReply {

  /** Tokens were issued. */
  record Granted(TokenSet tokens) implements TokenReply {}

  /**
   * The authorisation server refused; {@code error} is the RFC 6749 / RFC 8628 error code, checked
   * to be short printable ASCII so it is safe to show and log. The error_description is not kept:
   * it is free text from another party.
   */
  record Refused(String error) implements TokenReply {}

  /** RFC 6749 §5.2: error codes are printable ASCII without '"' and '\'. */
  Pattern SAFE_ERROR = Pattern.compile("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]{1,64}");

  /**
   * Reads a 200 answer as tokens.
   *
   * @throws CrmCallFailure MALFORMED when access_token or token_type is missing, or the token type
   *     is not Bearer (the only type a CRM request can carry)
   */
  static Granted granted(JsonNode body, Instant now, String host) throws CrmCallFailure {
    String access = text(body, "access_token");
    String type = text(body, "token_type");
    if (access == null || access.isEmpty() || type == null) {
      throw CrmCallFailure.malformed(host + " issued no access token or no token type", null);
    }
    if (!type.toLowerCase(Locale.ROOT).equals("bearer")) {
      throw CrmCallFailure.malformed(
          host + " issued an unsupported token type; Bearer needed", null);
    }
    String refresh = text(body, "refresh_token");
    Duration lifetime = seconds(body.path("expires_in"));
    return new Granted(
        new TokenSet(
            Secret.of(access),
            refresh == null || refresh.isEmpty() ? null : Secret.of(refresh),
            lifetime == null ? null : now.plus(lifetime)));
  }

  /** Reads an error answer's code, or null when the body carries none. */
  static @Nullable Refused refused(JsonNode body) {
    String error = text(body, "error");
    if (error == null) {
      return null;
    }
    return new Refused(SAFE_ERROR.matcher(error).matches() ? error : "unreadable_error");
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode node = body.path(field);
    return node.isTextual() ? node.asText() : null;
  }

  /** A positive number of seconds; some servers send it as a string ("3599"). */
  private static @Nullable Duration seconds(JsonNode node) {
    long value;
    if (node.isIntegralNumber()) {
      value = node.asLong();
    } else if (node.isTextual() && node.asText().matches("\\d{1,9}")) {
      value = Long.parseLong(node.asText());
    } else {
      return null;
    }
    return value > 0 ? Duration.ofSeconds(value) : null;
  }
}
