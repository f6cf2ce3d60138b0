package org.switchboard.queue.service.prompts;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How long a waiting caller will probably wait, as announced: "less than one minute", "about M
 * minutes" (M from 1 to {@link #CAP_MINUTES}), "more than {@value #CAP_MINUTES} minutes", or
 * nothing when it cannot be known.
 *
 * <p>The estimate is {@code position × averageHandling ÷ agentsServing}. A caller at position p (1:
 * next) is answered once p agents have become free; n agents who each finish a call every {@code
 * averageHandling} on average, their calls ending at random times, free one agent every {@code
 * averageHandling ÷ n} on average. It leans long (calls in progress are part-way through), which
 * callers forgive more easily than a wait that overruns its announcement. With no agent serving the
 * queue, or no handled call to average yet, there is no honest figure, and the wait is unknown.
 *
 * @param estimate the estimated wait, or null when unknown
 */
public record ExpectedWait(@Nullable Duration estimate) {
  /** Waits above this many minutes are announced as "more than" it. */
  public static final int CAP_MINUTES = 60;

  public ExpectedWait {
    if (estimate != null && estimate.isNegative()) {
      throw new IllegalArgumentException("an expected wait cannot be negative: " + estimate);
    }
  }

  /**
   * The estimate for the caller at {@code position} (1: next) of a queue whose recent calls took
   * {@code averageHandling} (talk, hold and wrap-up) and which {@code agentsServing} agents serve
   * (logged in and not offline).
   *
   * @throws IllegalArgumentException when position is below 1, or a figure is negative
   */
  public static ExpectedWait estimate(int position, Duration averageHandling, int agentsServing) {
    if (position < 1) {
      throw new IllegalArgumentException("a queue position starts at 1: " + position);
    }
    if (averageHandling.isNegative() || agentsServing < 0) {
      throw new IllegalArgumentException(
          "average handling time and agents serving cannot be negative: "
              + averageHandling
              + ", "
              + agentsServing);
    }
    if (agentsServing == 0 || averageHandling.isZero()) {
      return unknown();
    }
    return new ExpectedWait(averageHandling.multipliedBy(position).dividedBy(agentsServing));
  }

  /** A wait that cannot be estimated: announcements leave it out. */
  public static ExpectedWait unknown() {
    return new ExpectedWait(null);
  }

  /** Whether there is an estimate to announce. */
  public boolean known() {
    return estimate != null;
  }

  /** Whether the estimate is under a minute ("less than one minute"). */
  public boolean underAMinute() {
    return estimate != null && estimate.compareTo(Duration.ofMinutes(1)) < 0;
  }

  /** Whether the estimate is above {@link #CAP_MINUTES} ("more than 60 minutes"). */
  public boolean overCap() {
    return estimate != null && estimate.compareTo(Duration.ofMinutes(CAP_MINUTES)) > 0;
  }

  /**
   * The minutes said in "about M minutes": the estimate rounded to the nearest minute, from 1 to
   * {@link #CAP_MINUTES}.
   *
   * @throws IllegalStateException when the wait is unknown
   */
  public int spokenMinutes() {
    if (estimate == null) {
      throw new IllegalStateException("the expected wait is unknown");
    }
    long rounded = estimate.plusSeconds(30).toMinutes();
    return (int) Math.max(1, Math.min(CAP_MINUTES, rounded));
  }
}
