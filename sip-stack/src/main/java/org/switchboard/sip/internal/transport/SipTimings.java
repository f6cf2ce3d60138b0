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
 */
public record SipTimings(
    Duration firstRegistration,
    Duration refreshRegistration,
    Duration retryAfterFailedRefresh,
    Duration closeBound) {
  public SipTimings {
    Objects.requireNonNull(firstRegistration, "firstRegistration");
    Objects.requireNonNull(refreshRegistration, "refreshRegistration");
    Objects.requireNonNull(retryAfterFailedRefresh, "retryAfterFailedRefresh");
    Objects.requireNonNull(closeBound, "closeBound");
  }

  /** 4 s for the first registration, 32 s (Timer F) for refreshes, 30 s retry, 2 s on close. */
  public static SipTimings defaults() {
    return new SipTimings(
        Duration.ofSeconds(4),
        Duration.ofSeconds(32),
        Duration.ofSeconds(30),
        Duration.ofSeconds(2));
  }
}
