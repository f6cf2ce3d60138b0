package org.switchboard.core.customer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.switchboard.core.call.PhoneNumber;

/** What the customer panel shows for an offered call, as the lookup progresses. */
public sealed interface CustomerCard {

  /** The lookup is running. */
  record Searching(PhoneNumber number) implements CustomerCard {}

  /** One or more records match; with several, the agent chooses. */
  record Matches(PhoneNumber number, List<Customer> customers) implements CustomerCard {
    public Matches {
      customers = List.copyOf(customers);
      if (customers.isEmpty()) {
        throw new IllegalArgumentException("Matches needs at least one customer");
      }
    }
  }

  /** Nobody matches: offer "create contact" with {@code number} filled in. */
  record NoMatch(PhoneNumber number) implements CustomerCard {}

  /**
   * The directory did not answer in time or failed; the lookup is retried at {@code nextRetry}.
   * {@code reason} is safe to show.
   */
  record Unavailable(PhoneNumber number, String reason, Instant nextRetry) implements CustomerCard {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The caller withheld the number or sent something that is not a phone number. */
  record NoNumber() implements CustomerCard {}
}
