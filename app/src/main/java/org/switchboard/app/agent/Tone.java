package org.switchboard.app.agent;

/**
 * How a status reads at a glance; views map it to the theme's colours (AtlantaFX {@code success},
 * {@code warning}, {@code danger}), so light and dark themes both work.
 */
public enum Tone {
  /** Nothing to signal (offline, idle, unregistered). */
  NEUTRAL,
  /** All is well: registered, ready. */
  SUCCESS,
  /** Deliberately unavailable: not ready, registering. */
  WARNING,
  /** Something failed: registration refused or unreachable. */
  DANGER
}
