package org.switchboard.crm.internal.oauth;

import java.time.Duration;

/** Waits between polls of the device flow; tests substitute one that only advances a clock. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Really sleeps the calling thread. */
  static Sleeper real() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
