package org.switchboard.core.account;

import java.time.Duration;
import java.util.Objects;

/**
 * A change in the account's registration. Listeners receive these on the {@code sip-events} thread
 * and must return quickly.
 */
public sealed interface RegistrationEvent {

  /** A REGISTER is on its way. */
  record Registering() implements RegistrationEvent {}

  /** The registrar accepted the binding for {@code expiresSeconds}. */
  record Registered(int expiresSeconds) implements RegistrationEvent {}

  /** The binding was removed (un-REGISTER) or has lapsed. */
  record Unregistered() implements RegistrationEvent {}

  /**
   * The registration failed.
   *
   * @param sipStatus the final status, or 0 when none was received
   * @param detail a short human-readable cause naming what failed, free of secrets
   */
  record Failed(RegistrationFailure failure, int sipStatus, String detail)
      implements RegistrationEvent {
    public Failed {
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The last attempt failed for a passing reason (no answer, a 5xx) and the next one starts after
   * {@code delay}: the server's Retry-After when it gave one, else a growing back-off with jitter.
   *
   * @param delay how long until the next REGISTER
   * @param failure why the last attempt failed
   * @param sipStatus its final status, or 0 when none was received
   * @param detail a short human-readable cause, free of secrets
   */
  record Retrying(Duration delay, RegistrationFailure failure, int sipStatus, String detail)
      implements RegistrationEvent {
    public Retrying {
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
