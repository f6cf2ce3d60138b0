package org.switchboard.queue.service.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Where the figures' window starts, given the time now. */
@FunctionalInterface
public interface FiguresWindow {
  /** The window's start for {@code now}. */
  Instant start(Instant now);

  /** Since the last midnight in {@code zone} (the default: the centre's zone). */
  static FiguresWindow sinceMidnight(ZoneId zone) {
    return now -> now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }

  /** A sliding window of {@code length}. */
  static FiguresWindow last(Duration length) {
    return now -> now.minus(length);
  }
}
