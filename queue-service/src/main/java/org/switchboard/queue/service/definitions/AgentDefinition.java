package org.switchboard.queue.service.definitions;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.queue.service.routing.Membership;

/**
 * A person who uses the service.
 *
 * @param id the agent's id (their login)
 * @param name what people see
 * @param role what they may do
 * @param extension the SIP user their desktop registers as; the service INVITEs it with offers
 * @param memberships the queues they may log in to, with penalty and order
 * @param skills skill name to level, e.g. {@code "language:fa" → 3}, {@code "product:loans" → 2}
 * @param passwordHash the password for signing in to the service, as a PBKDF2 hash ({@code
 *     pbkdf2-sha256$iterations$salt$hash}); null: the person cannot sign in
 * @param sipPassword the password the person's phone registers to the service's registrar with;
 *     null: it cannot register there (it may be reached through an external proxy)
 * @param sipAddress the person's address-of-record at the external proxy, e.g. {@code
 *     sip:3101@pbx.example.com}; null: {@code sip:<extension>@<proxy domain>}. Unused without a
 *     proxy.
 */
public record AgentDefinition(
    String id,
    String name,
    Role role,
    String extension,
    List<Membership> memberships,
    Map<String, Integer> skills,
    @Nullable String passwordHash,
    @Nullable Secret sipPassword,
    @Nullable String sipAddress) {
  public AgentDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(extension, "extension");
    memberships = List.copyOf(memberships);
    skills = Map.copyOf(skills);
  }

  /** An agent reached at {@code sip:<extension>@<proxy domain>} in proxy mode. */
  public AgentDefinition(
      String id,
      String name,
      Role role,
      String extension,
      List<Membership> memberships,
      Map<String, Integer> skills,
      @Nullable String passwordHash,
      @Nullable Secret sipPassword) {
    this(id, name, role, extension, memberships, skills, passwordHash, sipPassword, null);
  }

  /** An agent who cannot sign in (tests, definitions built in code). */
  public AgentDefinition(
      String id,
      String name,
      Role role,
      String extension,
      List<Membership> memberships,
      Map<String, Integer> skills) {
    this(id, name, role, extension, memberships, skills, null, null, null);
  }

  @Override
  public String toString() {
    return "AgentDefinition[id="
        + id
        + ", role="
        + role
        + ", extension="
        + extension
        + ", memberships="
        + memberships
        + ", skills="
        + skills
        + ", passwordHash="
        + (passwordHash == null ? "none" : "***")
        + ", sipPassword="
        + (sipPassword == null ? "none" : "***")
        + (sipAddress == null ? "" : ", sipAddress=" + sipAddress)
        + "]";
  }
}
