package org.switchboard.queue.service.api;

import java.util.Objects;
import java.util.Optional;
import org.switchboard.queue.protocol.WireRole;

/**
 * The people who may sign in, with their role and password hash. Backed by the configuration; the
 * API only reads it. Implementations are called from HTTP threads and must be thread-safe.
 */
public interface Users {
  /** The user with {@code id}, if there is one. */
  Optional<User> find(String id);

  /**
   * One user.
   *
   * @param id what the user signs in with (an agent's id for agents)
   * @param name the display name
   * @param role what the user may do
   * @param passwordHash the password in {@link PasswordHashes}' format; never logged
   */
  record User(String id, String name, WireRole role, String passwordHash) {
    public User {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
      return "User[id=" + id + ", name=" + name + ", role=" + role + ", passwordHash=***]";
    }
  }
}
