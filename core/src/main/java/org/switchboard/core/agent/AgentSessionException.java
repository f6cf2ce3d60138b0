package org.switchboard.core.agent;

/** The contact centre refused a change to the agent's session; the message says why. */
public final class AgentSessionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AgentSessionException(String message) {
    super(message);
  }

  public AgentSessionException(String message, Throwable cause) {
    super(message, cause);
  }
}
