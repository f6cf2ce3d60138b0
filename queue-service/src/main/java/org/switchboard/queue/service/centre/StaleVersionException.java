package org.switchboard.queue.service.centre;

/** The command expected an older version of the agent's state than the current one (API: 409). */
public final class StaleVersionException extends CentreException {
  private static final long serialVersionUID = 1L;
  private final long current;

  public StaleVersionException(String agent, long expected, long current) {
    super(
        "agent "
            + agent
            + " is at version "
            + current
            + ", not "
            + expected
            + "; reload and retry");
    this.current = current;
  }

  /** The agent's version now. */
  public long current() {
    return current;
  }
}
