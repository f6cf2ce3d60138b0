package org.switchboard.queue.service.definitions;

import java.util.List;
import java.util.Objects;

/**
 * A wrap-up outcome an agent may choose (sale, complaint, ...).
 *
 * @param code the code clients send
 * @param label what people see
 * @param queues the queues it applies to; empty for all
 */
public record Disposition(String code, String label, List<String> queues) {
  public Disposition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    queues = List.copyOf(queues);
  }

  /** Whether agents may choose it after a call of {@code queue}. */
  public boolean appliesTo(String queue) {
    return queues.isEmpty() || queues.contains(queue);
  }
}
