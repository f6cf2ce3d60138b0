package org.switchboard.crm.internal.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;

/**
 * The tokens of one signed-in account. {@link Secret}'s masked {@code toString} keeps them out of
 * logs even if the set is printed.
 *
 * @param refreshToken null when the provider issued none
 * @param expiresAt null when the provider did not say (then only a 401 triggers a refresh)
 */
public record TokenSet(
    Secret accessToken, @Nullable Secret refreshToken, @Nullable Instant expiresAt) {

  public TokenSet {
    Objects.requireNonNull(accessToken, "accessToken");
  }

  /** Whether the access token expires before {@code now + margin}. */
  public boolean expiresWithin(Duration margin, Instant now) {
    return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
  }

  /** Whether the access token has expired at {@code now}. */
  public boolean isExpired(Instant now) {
    return expiresWithin(Duration.ZERO, now);
  }

  /**
   * This set, keeping {@code previous} as refresh token when the provider did not rotate it (RFC
   * 6749 §6: a refresh response may omit the refresh token).
   */
  public TokenSet keepingRefreshToken(@Nullable Secret previous) {
    return refreshToken != null ? this : new TokenSet(accessToken, previous, expiresAt);
  }
}
