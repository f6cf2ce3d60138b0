package org.switchboard.crm.internal.http;

import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.internal.oauth.OAuthCredentials;

/** Turns a connector's {@link CrmAuth} into the {@link Credentials} its requests carry. */
public final class CredentialsFactory {
  private CredentialsFactory() {}

  public static Credentials from(CrmAuth auth, SecretStore secrets, CrmHttp http) {
    if (auth instanceof CrmAuth.ApiToken token) {
      return request -> Credentials.bearer(read(secrets, token.secretKey())).apply(request);
    }
    if (auth instanceof CrmAuth.Basic basic) {
      return request ->
          Credentials.basic(basic.user(), read(secrets, basic.secretKey())).apply(request);
    }
    if (auth instanceof CrmAuth.OAuth oauth) {
      // Caches and refreshes tokens: build it once per connector, not per request.
      return OAuthCredentials.create(oauth, secrets, http.json());
    }
    return Credentials.none();
  }

  static Secret read(SecretStore secrets, String key) throws CrmCallFailure {
    try {
      return secrets
          .get(key)
          .orElseThrow(
              () -> CrmCallFailure.rejected("no credential in the keychain under '" + key + "'"));
    } catch (SecretStoreException unavailable) {
      throw CrmCallFailure.rejected("keychain unavailable: " + unavailable.getMessage());
    }
  }
}
