package org.switchboard.queue.protocol;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session.
 *
 * @param token the bearer token for every other request and the WebSocket
 * @param user the user id
 * @param role what the user may do
 * @param expires when the token stops working unless the client stays connected
 */
public record SessionView(String token, String user, WireRole role, Instant expires) {
  public SessionView {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(expires, "expires");
  }

  @Override
  public String toString() {
    return "SessionView[token=***, user=" + user + ", role=" + role + ", expires=" + expires + "]";
  }
}
