package org.switchboard.core.agent;

import java.util.Objects;

/**
 * Why an agent is not ready, from the list the queue service offers.
 *
 * @param code a stable code for reports (e.g. {@code BREAK}, {@code MISSED})
 * @param label the text to show, in the contact centre's language; untrusted text
 */
public record NotReadyReason(String code, String label) {
  public NotReadyReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a not-ready reason needs a code");
    }
  }
}
