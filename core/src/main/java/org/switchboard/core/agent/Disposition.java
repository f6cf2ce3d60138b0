package org.switchboard.core.agent;

import java.util.Objects;

/**
 * A disposition code the agent picks for a finished call.
 *
 * @param code the stable code stored with the call
 * @param label the text to show; untrusted text
 */
public record Disposition(String code, String label) {
  public Disposition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a disposition needs a code");
    }
  }
}
