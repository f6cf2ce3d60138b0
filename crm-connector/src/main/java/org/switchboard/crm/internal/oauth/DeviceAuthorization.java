package org.switchboard.crm.internal.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.crm.internal.http.CrmCallFailure;

/**
 * A device authorisation response (RFC 8628 §3.2): what the user is shown, and the device code the
 * app polls with.
 *
 * @param verificationUriComplete the URI with the user code embedded, when the provider sends one
 * @param interval the wait between polls the provider asked for (5 s when it did not say)
 */
public record DeviceAuthorization(
    Secret deviceCode,
    String userCode,
    URI verificationUri,
    @Nullable URI verificationUriComplete,
    Instant expiresAt,
    Duration interval) {

  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  public DeviceAuthorization {
    Objects.requireNonNull(deviceCode, "deviceCode");
    Objects.requireNonNull(userCode, "userCode");
    Objects.requireNonNull(verificationUri, "verificationUri");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(interval, "interval");
  }

  /** Reads a 200 answer from the device authorisation endpoint. */
  static DeviceAuthorization read(JsonNode body, Instant now, String host) throws CrmCallFailure {
    String deviceCode = body.path("device_code").asText("");
    String userCode = body.path("user_code").asText("");
    long expiresIn = body.path("expires_in").asLong(0);
    // Google's endpoint spells it verification_url; the RFC says verification_uri.
    JsonNode uri =
        body.has("verification_uri")
            ? body.path("verification_uri")
            : body.path("verification_url");
    URI verification = link(uri);
    if (deviceCode.isEmpty() || !displayable(userCode) || expiresIn <= 0 || verification == null) {
      throw CrmCallFailure.malformed(host + " sent an incomplete device authorisation", null);
    }
    long interval = body.path("interval").asLong(0);
    return new DeviceAuthorization(
        Secret.of(deviceCode),
        userCode,
        verification,
        link(body.path("verification_uri_complete")),
        now.plusSeconds(expiresIn),
        interval > 0 ? Duration.ofSeconds(interval) : DEFAULT_INTERVAL);
  }

  /** The UI shows the user code: keep it short and printable. */
  private static boolean displayable(String userCode) {
    return !userCode.isEmpty() && userCode.length() <= 64 && userCode.matches("[\\x21-\\x7E ]+");
  }

  /** A link the UI may show and open: https only, or http on this machine (tests). */
  private static @Nullable URI link(JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      URI uri = new URI(node.asText());
      return AuthorizationServer.isSecure(uri) ? uri : null;
    } catch (URISyntaxException notAUri) {
      return null;
    }
  }
}
