package org.switchboard.crm.internal.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;

/**
 * Bearer credentials from an OAuth sign-in: the access token from the keychain, refreshed shortly
 * before it expires and once after a 401; a rotated refresh token is saved at once.
 *
 * <p>Concurrency: any thread may call {@link #apply}; the fast path reads one volatile field.
 * Loading and refreshing happen under one lock, so concurrent requests that find the token expired
 * (or rejected) cause one refresh and then all use its result. {@link #renewAfterRejection} must be
 * called on the thread that applied the rejected token, as {@code CrmHttp} does: it compares that
 * token's generation with the current one to see whether another request has already refreshed.
 *
 * <p>One instance per connector: it caches the tokens.
 */
public final class OAuthCredentials implements Credentials {
  /** Refresh this long before expiry, so no request leaves with a token about to lapse. */
  static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(OAuthCredentials.class);

  private final AuthorizationServer server;
  private final TokenVault vault;
  private final Clock clock;
  private final Object lock = new Object();
  private final ThreadLocal<Long> appliedGeneration = new ThreadLocal<>();

  /** Written under {@link #lock}; read without it on the fast path. */
  private volatile @Nullable Held held;

  private long generations; // guarded by lock

  /** Tokens in use and a counter that tells one refresh's result from the next. */
  private record Held(TokenSet tokens, long generation) {}

  public OAuthCredentials(AuthorizationServer server, TokenVault vault) {
    this.server = Objects.requireNonNull(server, "server");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.clock = server.clock();
  }

  /** Production wiring: its own HTTP client for the token endpoint, the system clock. */
  public static OAuthCredentials create(
      CrmAuth.OAuth provider, SecretStore secrets, ObjectMapper json) {
    AuthorizationServer server =
        new AuthorizationServer(
            provider,
            secrets,
            new OkHttpClient(),
            AuthorizationServer.defaultPolicy(),
            json,
            Clock.systemUTC());
    return new OAuthCredentials(server, new TokenVault(secrets, provider.secretKeyPrefix()));
  }

  @Override
  public void apply(Request.Builder request) throws CrmCallFailure {
    Held current = held;
    if (current == null || current.tokens().expiresWithin(REFRESH_AHEAD, clock.instant())) {
      current = usable();
    }
    appliedGeneration.set(current.generation());
    request.header(
        "Authorization", "Bearer " + new String(current.tokens().accessToken().reveal()));
  }

  @Override
  public boolean renewAfterRejection() throws CrmCallFailure {
    Long used = appliedGeneration.get();
    synchronized (lock) {
      Held current = held;
      if (current == null) {
        // Another request found the sign-in revoked; a new sign-in may have happened since.
        adopt(stored().orElseThrow(this::signInAgain));
        return true;
      }
      if (used != null && current.generation() != used) {
        return true; // another request refreshed while this one was out; retry with its token
      }
      LOG.info("{} rejected the access token of '{}'; refreshing", server.host(), vault.prefix());
      refresh(current);
      return true;
    }
  }

  private Held usable() throws CrmCallFailure {
    synchronized (lock) {
      Held current = held;
      if (current == null) {
        current = adopt(stored().orElseThrow(this::notSignedIn));
      }
      if (!current.tokens().expiresWithin(REFRESH_AHEAD, clock.instant())) {
        return current;
      }
      try {
        return refresh(current);
      } catch (CrmCallFailure failure) {
        if (failure.isRetryable() && !current.tokens().isExpired(clock.instant())) {
          LOG.info(
              "early token refresh failed ({}); the current token is still valid",
              failure.getMessage());
          return current;
        }
        throw failure;
      }
    }
  }

  /** Under the lock: obtains new tokens with the refresh token and saves them. */
  private Held refresh(Held current) throws CrmCallFailure {
    TokenSet stored = stored().orElse(null);
    if (stored != null && !stored.accessToken().equals(current.tokens().accessToken())) {
      // The user signed in again since these tokens were loaded: use the new ones.
      current = adopt(stored);
      if (!stored.expiresWithin(REFRESH_AHEAD, clock.instant())) {
        return current;
      }
    }
    Secret refreshToken = current.tokens().refreshToken();
    if (refreshToken == null) {
      throw signInAgain();
    }
    TokenReply reply =
        server.requestToken(
            Map.of(
                "grant_type", "refresh_token", "refresh_token", new String(refreshToken.reveal())));
    if (reply instanceof TokenReply.Granted granted) {
      TokenSet fresh = granted.tokens().keepingRefreshToken(refreshToken);
      save(fresh);
      LOG.info(
          "access token of '{}' refreshed (refresh token rotated: {})",
          vault.prefix(),
          granted.tokens().refreshToken() != null);
      return adopt(fresh);
    }
    String error = ((TokenReply.Refused) reply).error();
    if (error.equals("invalid_grant")) {
      forget(refreshToken);
      throw signInAgain();
    }
    throw CrmCallFailure.rejected(
        server.host()
            + " refused to renew the sign-in of '"
            + vault.prefix()
            + "' ("
            + error
            + ")");
  }

  private Held adopt(TokenSet tokens) {
    Held next = new Held(tokens, ++generations);
    held = next;
    return next;
  }

  private Optional<TokenSet> stored() throws CrmCallFailure {
    try {
      return vault.load();
    } catch (SecretStoreException unavailable) {
      throw CrmCallFailure.rejected("keychain unavailable: " + unavailable.getMessage());
    }
  }

  /** A failed save still leaves working tokens in memory; the next app start may need a sign-in. */
  private void save(TokenSet tokens) {
    try {
      vault.save(tokens);
    } catch (SecretStoreException failure) {
      LOG.warn(
          "could not keep the renewed tokens of '{}': {}", vault.prefix(), failure.getMessage());
    }
  }

  /** Drops the tokens the provider no longer honours, unless a new sign-in has replaced them. */
  private void forget(Secret refusedRefreshToken) {
    held = null;
    try {
      if (vault.refreshToken().map(refusedRefreshToken::equals).orElse(true)) {
        vault.clear();
      }
    } catch (SecretStoreException failure) {
      LOG.warn(
          "could not remove the revoked tokens of '{}': {}", vault.prefix(), failure.getMessage());
    }
    LOG.warn(
        "{} no longer honours the sign-in of '{}'; the user must sign in again",
        server.host(),
        vault.prefix());
  }

  private CrmCallFailure notSignedIn() {
    return CrmCallFailure.rejected(
        "not signed in to "
            + server.host()
            + ": sign in under Settings › CRM (account '"
            + vault.prefix()
            + "')");
  }

  private CrmCallFailure signInAgain() {
    return CrmCallFailure.rejected(
        "the sign-in to "
            + server.host()
            + " has expired or was revoked: sign in again under Settings › CRM (account '"
            + vault.prefix()
            + "')");
  }
}
