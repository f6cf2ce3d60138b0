package org.switchboard.core.agent;

/** Told of every change to the agent's session. */
@FunctionalInterface
public interface AgentListener {
  /**
   * Called with the whole new state after each change, on the session's own {@code agent-events}
   * thread, in order; must return quickly and hand work on.
   */
  void onChange(AgentSnapshot snapshot);
}
