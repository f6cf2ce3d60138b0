package org.switchboard.queue.service.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.Role;
import org.switchboard.queue.service.routing.Membership;

/**
 * Reads one entry of the {@code agents} section into an {@link AgentDefinition}. Memberships are
 * written {@code {queue: sales, penalty: 0, order: 1}}; skills flat ({@link Skills}).
 */
final class AgentReader {
  /** The highest penalty: far more levels than any centre uses. */
  static final int MAX_PENALTY = 100;

  /** A SIP URI's user part, as far as an extension needs it: no spaces, '@' or ':'. */
  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9._+\\-]+");

  /** An address-of-record at a proxy: {@code sip:user@domain}, the domain with an optional port. */
  private static final Pattern SIP_ADDRESS =
      Pattern.compile("sip:[A-Za-z0-9._+\\-]{1,64}@[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?");

  /** How a password hash starts (the API's {@code PasswordHashes} format). */
  static final String PASSWORD_HASH_PREFIX = "pbkdf2-sha256$";

  private final QueueReferences references;

  private final java.util.Map<String, String> env;

  AgentReader(QueueReferences references, java.util.Map<String, String> env) {
    this.references = references;
    this.env = env;
  }

  /** The agent {@code id} that {@code agent} defines, or null when it has problems. */
  @Nullable AgentDefinition read(String id, Section agent) {
    int before = agent.problems().count();
    String name = agent.text("name", id);
    Role role = agent.choice("role", Role.class, Role.AGENT);
    String extension = agent.requiredText("extension");
    if (extension != null && !EXTENSION.matcher(extension).matches()) {
      agent.problem(
          "extension", "'" + extension + "' is not a SIP user name (letters, digits, . _ + -)");
    }
    List<Membership> memberships = memberships(agent);
    Map<String, Integer> skills = Skills.read(agent, "skills");
    String passwordHash = agent.optionalText("passwordHash");
    if (passwordHash != null && !passwordHash.startsWith(PASSWORD_HASH_PREFIX)) {
      agent.problem(
          "passwordHash",
          "not a password hash: write the output of `queue-service hash-password` ("
              + PASSWORD_HASH_PREFIX
              + "...), never the password itself");
    }
    Secret sipPassword = sipPassword(agent);
    String sipAddress = agent.optionalText("sipAddress");
    if (sipAddress != null && !SIP_ADDRESS.matcher(sipAddress).matches()) {
      agent.problem("sipAddress", "'" + sipAddress + "' is not a SIP address (sip:user@domain)");
    }
    agent.finish();
    if (agent.problems().count() != before || extension == null) {
      return null;
    }
    return new AgentDefinition(
        id, name, role, extension, memberships, skills, passwordHash, sipPassword, sipAddress);
  }

  /**
   * The password the agent's phone registers with: {@code sipPassword} or {@code sipPasswordEnv}.
   */
  private @Nullable Secret sipPassword(Section agent) {
    String plain = agent.optionalText("sipPassword");
    String envName = agent.optionalText("sipPasswordEnv");
    if (plain != null && envName != null) {
      agent.problem("sipPasswordEnv", "give either 'sipPassword' or 'sipPasswordEnv', not both");
      return null;
    }
    if (envName != null) {
      String value = env.get(envName);
      if (value == null || value.isEmpty()) {
        agent.problem("sipPasswordEnv", "the environment variable " + envName + " is not set");
        return null;
      }
      return Secret.of(value);
    }
    return plain == null ? null : Secret.of(plain);
  }

  private List<Membership> memberships(Section agent) {
    List<Membership> memberships = new ArrayList<>();
    Map<String, Integer> lineOfQueue = new HashMap<>();
    List<ConfigNode> items = agent.list("memberships");
    for (int i = 0; i < items.size(); i++) {
      String path = agent.pathOf("memberships") + "[" + i + "]";
      ConfigNode item = items.get(i);
      Section membership = Section.of(item, path, item.at(), agent.problems());
      if (membership == null) {
        continue;
      }
      String queue = membership.requiredText("queue");
      int penalty = membership.integer("penalty", 0, 0, MAX_PENALTY);
      int order = membership.integer("order", 0, 0, Integer.MAX_VALUE);
      membership.finish();
      if (queue == null) {
        continue;
      }
      Integer earlier = lineOfQueue.putIfAbsent(queue, membership.where("queue").line());
      if (earlier != null) {
        membership.problem(
            "queue", "the agent is already a member of '" + queue + "' (line " + earlier + ")");
        continue;
      }
      references.add(queue, membership.where("queue"), membership.pathOf("queue"));
      memberships.add(new Membership(queue, penalty, order));
    }
    return memberships;
  }
}
