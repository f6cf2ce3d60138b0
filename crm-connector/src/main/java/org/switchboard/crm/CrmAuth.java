package org.switchboard.crm;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How a connector authenticates. Secrets are never part of settings: they are named by a keychain
 * key and read from the {@link org.switchboard.core.secrets.SecretStore}.
 */
public sealed interface CrmAuth {

  /** No authentication (a directory on the local network). */
  record None() implements CrmAuth {}

  /** A static API token sent as a bearer token, kept in the keychain under {@code secretKey}. */
  record ApiToken(String secretKey) implements CrmAuth {
    public ApiToken {
      Objects.requireNonNull(secretKey, "secretKey");
    }
  }

  /** HTTP Basic with a user and a keychain-held password or token (Zendesk's email/token). */
  record Basic(String user, String secretKey) implements CrmAuth {
    public Basic {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(secretKey, "secretKey");
    }
  }

  /**
   * OAuth 2.0: tokens obtained by the device flow (RFC 8628) or the authorisation-code flow with
   * PKCE (RFC 7636) and refreshed with the refresh token; both tokens live in the keychain under
   * {@code secretKeyPrefix + "/access-token"} and {@code "/refresh-token"}.
   *
   * @param deviceAuthorizationEndpoint null when the provider has no device flow
   * @param clientSecretKey keychain key of a client secret, for providers that demand one even from
   *     a desktop app (HubSpot); null for a public client, which authenticates by PKCE alone
   */
  record OAuth(
      String clientId,
      URI authorizationEndpoint,
      URI tokenEndpoint,
      @org.jspecify.annotations.Nullable URI deviceAuthorizationEndpoint,
      List<String> scopes,
      String secretKeyPrefix,
      @org.jspecify.annotations.Nullable String clientSecretKey)
      implements CrmAuth {
    public OAuth {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
      Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
      Objects.requireNonNull(secretKeyPrefix, "secretKeyPrefix");
      scopes = List.copyOf(scopes);
    }

    /** A public client (no client secret). */
    public OAuth(
        String clientId,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        @org.jspecify.annotations.Nullable URI deviceAuthorizationEndpoint,
        List<String> scopes,
        String secretKeyPrefix) {
      this(
          clientId,
          authorizationEndpoint,
          tokenEndpoint,
          deviceAuthorizationEndpoint,
          scopes,
          secretKeyPrefix,
          null);
    }
  }
}
