package org.switchboard.queue.service.definitions;

import java.util.Objects;

/**
 * Why an agent is not ready (break, training, ...). {@code MISSED} is always defined: the service
 * sets it after too many missed offers.
 *
 * @param code the code clients send
 * @param label what people see
 * @param productive whether the time counts as work for occupancy (training, back office)
 */
public record ReasonCode(String code, String label, boolean productive) {
  /** The code the service uses after too many missed offers. */
  public static final String MISSED = "MISSED";

  public ReasonCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
