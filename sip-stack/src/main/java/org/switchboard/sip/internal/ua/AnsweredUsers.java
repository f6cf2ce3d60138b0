package org.switchboard.sip.internal.ua;

import java.util.Set;

/**
 * The user parts an agent answers for. A service's set can be replaced while it runs (its entry
 * numbers change with a configuration reload); reads see the latest set. Thread-safe.
 */
public final class AnsweredUsers {
  private volatile Set<String> users;

  public AnsweredUsers(Set<String> users) {
    this.users = Set.copyOf(users);
  }

  /** Whether {@code user} is one of ours. */
  public boolean contains(String user) {
    return users.contains(user);
  }

  /** From now on, answers for {@code next} instead. */
  public void replace(Set<String> next) {
    users = Set.copyOf(next);
  }

  /** The users answered for now. */
  public Set<String> current() {
    return users;
  }
}
