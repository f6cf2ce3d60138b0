package org.switchboard.queue.service.api;

import java.util.Objects;
import org.switchboard.queue.protocol.WireRole;

/**
 * Who is making a request: the signed-in user behind a bearer token. An agent's user id is its
 * agent id.
 *
 * @param user the user id
 * @param role what the user may do
 */
public record Principal(String user, WireRole role) {
  public Principal {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
  }

  /** Whether the user sees and acts for every agent (supervisors and admins). */
  public boolean seesEveryone() {
    return role == WireRole.SUPERVISOR || role == WireRole.ADMIN;
  }
}
