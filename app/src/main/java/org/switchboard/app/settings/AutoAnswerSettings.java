package org.switchboard.app.settings;

import java.util.Objects;

/**
 * Auto-answer.
 *
 * @param delaySeconds how long a call rings before it is answered automatically; the settings
 *     screen accepts {@value #MIN_DELAY} to {@value #MAX_DELAY}
 */
public record AutoAnswerSettings(AutoAnswerMode mode, int delaySeconds) {
  public static final int MIN_DELAY = 0;
  public static final int MAX_DELAY = 60;

  public AutoAnswerSettings {
    Objects.requireNonNull(mode, "mode");
  }

  /** Off. */
  public static AutoAnswerSettings defaults() {
    return new AutoAnswerSettings(AutoAnswerMode.OFF, 0);
  }
}
