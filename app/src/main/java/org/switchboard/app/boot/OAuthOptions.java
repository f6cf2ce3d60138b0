package org.switchboard.app.boot;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CrmSignIn;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.OAuthSignIn;

/**
 * {@code crm.options.oauth}: the CRM's OAuth 2.0 provider (client id, endpoints, scopes, where the
 * tokens live in the keychain), and the device sign-in the agent starts with {@code crm_signin}.
 */
final class OAuthOptions {
  private static final Set<String> KEYS =
      Set.of(
          "clientId",
          "authorizationEndpoint",
          "tokenEndpoint",
          "deviceAuthorizationEndpoint",
          "scopes",
          "keyPrefix",
          "clientSecretKey");

  private OAuthOptions() {}

  /** The provider in {@code options.oauth}, or null when the connector uses a token. */
  static CrmAuth.@Nullable OAuth read(JsonNode options) throws AgentFailure {
    JsonNode oauth = options.get("oauth");
    if (oauth == null || oauth.isNull()) {
      return null;
    }
    if (!oauth.isObject()) {
      throw CrmOptions.problem("crm.options.oauth must be an object");
    }
    for (Iterator<String> keys = oauth.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KEYS.contains(key)) {
        throw CrmOptions.problem(
            "unknown setting 'crm.options.oauth." + key + "' (takes " + KEYS + ")");
      }
    }
    List<String> scopes = new ArrayList<>();
    oauth.path("scopes").forEach(s -> scopes.add(s.asText()));
    String device = text(oauth, "deviceAuthorizationEndpoint", false);
    return new CrmAuth.OAuth(
        required(oauth, "clientId"),
        uri(oauth, "authorizationEndpoint"),
        uri(oauth, "tokenEndpoint"),
        device == null ? null : uri(oauth, "deviceAuthorizationEndpoint"),
        scopes,
        required(oauth, "keyPrefix"),
        text(oauth, "clientSecretKey", false));
  }

  /** The auth for a connector: OAuth when configured, else the token under {@code tokenKey}. */
  static CrmAuth tokenOr(CrmAuth.@Nullable OAuth oauth, CrmOptions options) throws AgentFailure {
    return oauth != null ? oauth : new CrmAuth.ApiToken(options.required("tokenKey"));
  }

  /** The agent's device sign-in over {@code provider}. */
  static CrmSignIn signIn(CrmAuth.OAuth provider, SecretStore secrets) {
    OAuthSignIn oauth = new OAuthSignIn(provider, secrets);
    return () -> {
      CompletionStage<OAuthSignIn.DeviceSignIn> started = oauth.startDeviceSignIn();
      return started.thenApply(
          device ->
              new CrmSignIn.Started(
                  new CrmSignIn.Prompt(
                      device.userCode(),
                      device.verificationUriComplete() != null
                          ? device.verificationUriComplete()
                          : device.verificationUri()),
                  device.completion()));
    };
  }

  private static String required(JsonNode oauth, String key) throws AgentFailure {
    String value = text(oauth, key, true);
    if (value == null) {
      throw CrmOptions.problem("crm.options.oauth." + key + " is missing");
    }
    return value;
  }

  private static @Nullable String text(JsonNode oauth, String key, boolean required)
      throws AgentFailure {
    JsonNode value = oauth.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        throw CrmOptions.problem("crm.options.oauth." + key + " is missing");
      }
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw CrmOptions.problem("crm.options.oauth." + key + " must be a non-empty string");
    }
    return value.asText();
  }

  private static URI uri(JsonNode oauth, String key) throws AgentFailure {
    String text = required(oauth, key);
    try {
      return URI.create(text);
    } catch (IllegalArgumentException e) {
      throw CrmOptions.problem("crm.options.oauth." + key + " is not a URL");
    }
  }
}
