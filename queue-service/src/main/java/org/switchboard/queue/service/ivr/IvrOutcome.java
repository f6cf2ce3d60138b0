package org.switchboard.queue.service.ivr;

import java.util.Map;
import java.util.Objects;

/**
 * Where a caller's IVR ended: the queue to join, the language chosen, the data to attach to the
 * interaction (set by choices and collected digits) and the keys pressed on the way.
 *
 * @param queue the queue the caller joins
 * @param language the caller's language (for announcements and the {@code language:xx} skill)
 * @param attached attached-data fields, e.g. {@code account → 123456}
 * @param choices the key chosen in each menu step passed, by step id, in the order passed (the last
 *     visit's, when a step was passed twice)
 */
public record IvrOutcome(
    String queue, String language, Map<String, String> attached, Map<String, String> choices) {
  public IvrOutcome {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(language, "language");
    attached = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attached));
    choices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choices));
  }
}
