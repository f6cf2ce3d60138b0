package org.switchboard.queue.service.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.switchboard.queue.protocol.WireRole;

/**
 * Who may do what (DESIGN §5): an agent acts only for itself; supervisors and admins act for every
 * agent; only admins reload the configuration. A refusal is a 403 naming the role needed.
 */
final class Access {
  static final String PRINCIPAL = "switchboard.principal";

  private Access() {}

  /** The signed-in caller, set by the API's authentication step. */
  static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw ApiProblem.unauthorized("sign in first and send Authorization: Bearer <token>");
    }
    return p;
  }

  /** Refuses unless {@code who} is {@code agent} itself, or a supervisor or admin. */
  static void selfOrSupervisor(Principal who, String agent) {
    if (who.seesEveryone() || (who.role() == WireRole.AGENT && who.user().equals(agent))) {
      return;
    }
    throw ApiProblem.forbidden(
        "role supervisor or admin needed to act for agent "
            + agent
            + "; an agent acts only for itself");
  }

  /** Refuses unless {@code who} has one of {@code roles}. */
  static void role(Principal who, WireRole... roles) {
    if (Arrays.asList(roles).contains(who.role())) {
      return;
    }
    String needed =
        Arrays.stream(roles)
            .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(" or "));
    throw ApiProblem.forbidden(
        "role "
            + needed
            + " needed; you are "
            + who.role().name().toLowerCase(java.util.Locale.ROOT));
  }
}
