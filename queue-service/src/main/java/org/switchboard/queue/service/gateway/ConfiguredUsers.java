package org.switchboard.queue.service.gateway;

import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.queue.protocol.WireRole;
import org.switchboard.queue.service.api.Users;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;

/**
 * The people in the current configuration who may sign in: every agent, supervisor and admin with a
 * password hash. Reads the configuration in force at each sign-in, so a reload takes effect at
 * once. Thread-safe when {@code current} is.
 */
public final class ConfiguredUsers implements Users {
  private final Supplier<CentreDefinition> current;

  /**
   * @param current the configuration in force now
   */
  public ConfiguredUsers(Supplier<CentreDefinition> current) {
    this.current = current;
  }

  @Override
  public Optional<User> find(String id) {
    AgentDefinition agent = current.get().agents().get(id);
    if (agent == null || agent.passwordHash() == null) {
      return Optional.empty();
    }
    String hash = agent.passwordHash();
    return Optional.of(
        new User(agent.id(), agent.name(), WireRole.valueOf(agent.role().name()), hash));
  }
}
