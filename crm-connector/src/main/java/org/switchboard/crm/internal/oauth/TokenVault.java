package org.switchboard.crm.internal.oauth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;

/**
 * One account's tokens in the keychain: {@code {prefix}/access-token}, {@code
 * {prefix}/refresh-token}, and {@code {prefix}/access-token-expiry} (epoch seconds, kept in the
 * keychain too so the three entries travel together).
 *
 * <p>Thread-safe as far as the {@link SecretStore} is; callers serialise writes.
 */
public final class TokenVault {
  private final SecretStore secrets;
  private final String prefix;

  public TokenVault(SecretStore secrets, String prefix) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  /** The keychain key prefix, which names the account in messages. */
  public String prefix() {
    return prefix;
  }

  public String accessTokenKey() {
    return prefix + "/access-token";
  }

  public String refreshTokenKey() {
    return prefix + "/refresh-token";
  }

  public String expiryKey() {
    return prefix + "/access-token-expiry";
  }

  /** The stored tokens, or empty when there is no access token. */
  public Optional<TokenSet> load() throws SecretStoreException {
    Optional<Secret> access = secrets.get(accessTokenKey());
    if (access.isEmpty()) {
      return Optional.empty();
    }
    Secret refresh = secrets.get(refreshTokenKey()).orElse(null);
    Secret expiry = secrets.get(expiryKey()).orElse(null);
    Instant expiresAt = expiry == null ? null : instant(expiry);
    return Optional.of(new TokenSet(access.get(), refresh, expiresAt));
  }

  /** The stored refresh token, if any. */
  public Optional<Secret> refreshToken() throws SecretStoreException {
    return secrets.get(refreshTokenKey());
  }

  /**
   * Stores exactly {@code tokens}: a missing refresh token or expiry deletes the stored one. The
   * refresh token goes first: it is the one that cannot be obtained again without the user.
   */
  public void save(TokenSet tokens) throws SecretStoreException {
    Secret refresh = tokens.refreshToken();
    if (refresh == null) {
      secrets.delete(refreshTokenKey());
    } else {
      secrets.put(refreshTokenKey(), refresh);
    }
    secrets.put(accessTokenKey(), tokens.accessToken());
    Instant expiresAt = tokens.expiresAt();
    if (expiresAt == null) {
      secrets.delete(expiryKey());
    } else {
      secrets.put(expiryKey(), Secret.of(Long.toString(expiresAt.getEpochSecond())));
    }
  }

  /** Forgets the account's tokens (sign-out, or a refresh token the provider no longer honours). */
  public void clear() throws SecretStoreException {
    secrets.delete(accessTokenKey());
    secrets.delete(refreshTokenKey());
    secrets.delete(expiryKey());
  }

  /** An unreadable expiry counts as unknown: the next 401 will refresh. */
  private static @Nullable Instant instant(Secret epochSeconds) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(new String(epochSeconds.reveal()).trim()));
    } catch (NumberFormatException | java.time.DateTimeException unreadable) {
      return null;
    }
  }
}
