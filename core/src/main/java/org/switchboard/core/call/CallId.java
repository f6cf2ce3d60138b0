package org.switchboard.core.call;

import java.util.Objects;
import java.util.UUID;

/** Identifies one call leg on this user agent. Opaque; never a SIP Call-ID. */
public record CallId(String value) {
  public CallId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("call id must not be blank");
    }
  }

  /** A new random id. */
  public static CallId random() {
    return new CallId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
