package org.switchboard.sip.internal.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Time bounds of the user agent, separate from JAIN-SIP's transaction timers so that tests can
 * shorten them.
 *
 * @param firstRegistration how long the first REGISTER (and its challenge round) may take before
 *     the registrar counts as unreachable
 * @param refreshRegistration the same bound for refreshes and un-REGISTERs (Timer F by default)
 * @param retryAfterFailedRefresh when to try again after a refresh failed for a reason other than
 *     credentials
 * @param closeBound how long {@code close()} waits for the un-REGISTER
 * @param transferOutcomeBound how long a transferor waits, after the REFER was accepted, for the
 *     NOTIFY that reports the transfer's final outcome before giving the call back to the agent
 * @param sessionTimerScale what session-timer delays (RFC 4028 refresh and expiry) are multiplied
 *     by: 1 in production; tests shrink it so a 90 s interval runs in a second while the headers
 *     still carry the real values
 */
public record SipTimings(
    Duration firstRegistration,
    Duration refreshRegistration,
    Duration retryAfterFailedRefresh,
    Duration closeBound,
    Duration transferOutcomeBound,
    double sessionTimerScale) {
  public SipTimings {
    Objects.requireNonNull(firstRegistration, "firstRegistration");
    Objects.requireNonNull(refreshRegistration, "refreshRegistration");
    Objects.requireNonNull(retryAfterFailedRefresh, "retryAfterFailedRefresh");
    Objects.requireNonNull(closeBound, "closeBound");
    Objects.requireNonNull(transferOutcomeBound, "transferOutcomeBound");
    if (!(sessionTimerScale > 0 && sessionTimerScale <= 1)) {
      throw new IllegalArgumentException(
          "sessionTimerScale must be in (0, 1], was " + sessionTimerScale);
    }
  }

  /** The registration bounds given, the other bounds at their defaults. */
  public SipTimings(
      Duration firstRegistration,
      Duration refreshRegistration,
      Duration retryAfterFailedRefresh,
      Duration closeBound) {
    this(
        firstRegistration,
        refreshRegistration,
        retryAfterFailedRefresh,
        closeBound,
        DEFAULT_TRANSFER_OUTCOME_BOUND,
        1.0);
  }

  /** RFC 3515 leaves the wait open; 60 s covers a target that rings for a while. */
  private static final Duration DEFAULT_TRANSFER_OUTCOME_BOUND = Duration.ofSeconds(60);

  /** A copy waiting {@code bound} for a transfer's final NOTIFY. */
  public SipTimings withTransferOutcomeBound(Duration bound) {
    return new SipTimings(
        firstRegistration,
        refreshRegistration,
        retryAfterFailedRefresh,
        closeBound,
        bound,
        sessionTimerScale);
  }

  /** A copy whose session-timer delays are multiplied by {@code scale} (tests only). */
  public SipTimings withSessionTimerScale(double scale) {
    return new SipTimings(
        firstRegistration,
        refreshRegistration,
        retryAfterFailedRefresh,
        closeBound,
        transferOutcomeBound,
        scale);
  }

  /** {@code real} session-timer time as this agent schedules it. */
  public Duration sessionTimerDelay(Duration real) {
    return Duration.ofMillis(Math.max(1, Math.round(real.toMillis() * sessionTimerScale)));
  }

  /**
   * 4 s for the first registration, 32 s (Timer F) for refreshes, 30 s retry, 2 s on close, 60 s
   * for a transfer's outcome, session timers at their real pace.
   */
  public static SipTimings defaults() {
    return new SipTimings(
        Duration.ofSeconds(4),
        Duration.ofSeconds(32),
        Duration.ofSeconds(30),
        Duration.ofSeconds(2));
  }
}
