package org.switchboard.crm.internal.lookup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.DirectoryException;

/** Turns a directory's answer or failure into the card the agent sees. */
final class CardOutcome {
  private CardOutcome() {}

  static CustomerCard of(PhoneNumber number, List<Customer> found) {
    return found.isEmpty()
        ? new CustomerCard.NoMatch(number)
        : new CustomerCard.Matches(number, found);
  }

  /** The card for a failure; a directory that cannot look numbers up shows "no match". */
  static CustomerCard of(PhoneNumber number, DirectoryException failure, Instant retry) {
    if (failure.kind() == DirectoryException.Kind.UNSUPPORTED) {
      return new CustomerCard.NoMatch(number);
    }
    return new CustomerCard.Unavailable(number, String.valueOf(failure.getMessage()), retry);
  }

  /**
   * The wait before the next attempt: doubling from {@code first} to {@code max}; never earlier
   * than the server's Retry-After; credentials or malformed answers are retried at the longest
   * wait, since retrying soon will not fix them.
   */
  static Duration backoff(
      int failures, Duration first, Duration max, @Nullable DirectoryException failure) {
    if (failure != null && failure.kind() != DirectoryException.Kind.UNAVAILABLE) {
      return max;
    }
    Duration wait = first;
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    if (wait.compareTo(max) > 0) {
      wait = max;
    }
    Duration retryAfter = failure == null ? null : failure.retryAfter();
    return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
  }
}
