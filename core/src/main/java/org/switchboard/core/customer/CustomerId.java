package org.switchboard.core.customer;

import java.util.Objects;

/**
 * A customer record's identity: the directory it lives in (e.g. {@code hubspot}) and its id there.
 */
public record CustomerId(String source, String value) {
  public CustomerId {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(value, "value");
    if (source.isBlank() || value.isBlank()) {
      throw new IllegalArgumentException("customer id needs a source and a value");
    }
  }
}
