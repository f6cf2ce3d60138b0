package org.switchboard.queue.service.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.switchboard.testkit.ManualClock;

/**
 * Timers for tests: tasks run on the test's thread when {@link #advance} moves the clock past their
 * time, in order of due time (then of scheduling).
 */
public final class ManualTimers implements Timers {
  private final ManualClock clock;
  private final List<Due> due = new ArrayList<>();
  private long sequence;

  public ManualTimers(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public Timer schedule(Duration delay, Runnable task) {
    Due entry = new Due(clock.instant().plus(delay), sequence++, task);
    due.add(entry);
    return () -> due.remove(entry);
  }

  /** Moves the clock forward by {@code by}, running every task that falls due on the way. */
  public void advance(Duration by) {
    Instant end = clock.instant().plus(by);
    while (true) {
      Optional<Due> next =
          due.stream()
              .filter(d -> !d.at().isAfter(end))
              .min(Comparator.comparing(Due::at).thenComparingLong(Due::order));
      if (next.isEmpty()) {
        break;
      }
      Due d = next.get();
      due.remove(d);
      clock.advance(Duration.between(clock.instant(), d.at()));
      d.task().run();
    }
    clock.advance(Duration.between(clock.instant(), end));
  }

  /** How many tasks are still waiting. */
  public int pending() {
    return due.size();
  }

  private record Due(Instant at, long order, Runnable task) {}
}
