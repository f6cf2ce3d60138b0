package org.switchboard.core.agent;

/** How a queue wants its calls wrapped up. */
public enum WrapUpMode {
  /** Wrap-up may be skipped: the agent may go ready at once. */
  OPTIONAL,
  /** The agent must fill in the required fields before going ready. */
  MANDATORY,
  /** A countdown; at zero the agent goes ready with what was entered. Early exit allowed. */
  TIMED,
  /** A countdown the agent cannot cut short; at zero the agent goes ready. */
  TIMED_NO_EARLY_EXIT
}
