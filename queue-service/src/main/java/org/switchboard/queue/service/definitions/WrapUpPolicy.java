package org.switchboard.queue.service.definitions;

import java.time.Duration;
import java.util.Objects;

/**
 * A queue's wrap-up rules.
 *
 * @param mode how wrap-up ends
 * @param time how long timed wrap-up lasts (ignored by the untimed modes)
 * @param autoReady whether the agent becomes ready when wrap-up ends (unless a next presence is
 *     queued); otherwise the agent goes not-ready
 */
public record WrapUpPolicy(WrapUpMode mode, Duration time, boolean autoReady) {
  public WrapUpPolicy {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(time, "time");
    if (time.isNegative()) {
      throw new IllegalArgumentException("wrap-up time must not be negative");
    }
    if ((mode == WrapUpMode.TIMED || mode == WrapUpMode.TIMED_NO_EARLY_EXIT) && time.isZero()) {
      throw new IllegalArgumentException("a timed wrap-up needs a time above zero");
    }
  }
}
