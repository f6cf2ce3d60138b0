package org.switchboard.queue.service.api;

import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.Headers;

/** Finds the bearer token of a request and the principal behind it. Tokens are never logged. */
final class BearerAuth {
  private static final String PREFIX = "Bearer ";

  private final Sessions sessions;

  BearerAuth(Sessions sessions) {
    this.sessions = sessions;
  }

  /**
   * The principal behind the {@code Authorization} header, or behind {@code queryToken} (the
   * WebSocket's fallback for clients that cannot set headers on an upgrade); 401 otherwise.
   */
  Principal authenticate(@Nullable String authorization, @Nullable String queryToken) {
    String token = token(authorization);
    if (token == null) {
      token = queryToken;
    }
    if (token == null || token.isBlank()) {
      throw ApiProblem.unauthorized(
          "sign in at /api/v1/sessions and send " + Headers.AUTHORIZATION + ": Bearer <token>");
    }
    return sessions
        .use(token)
        .orElseThrow(
            () -> ApiProblem.unauthorized("the token is unknown or expired: sign in again"));
  }

  /** The token in an {@code Authorization: Bearer} header, or null. */
  static @Nullable String token(@Nullable String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return null;
    }
    String token = authorization.substring(PREFIX.length()).trim();
    return token.isEmpty() ? null : token;
  }
}
