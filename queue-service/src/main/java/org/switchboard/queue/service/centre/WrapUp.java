package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an agent submitted after their part of a call (DESIGN §5: code, notes, tags).
 *
 * @param disposition the disposition code
 * @param notes free text
 * @param tags labels
 * @param submitted when it was submitted
 */
public record WrapUp(String disposition, String notes, List<String> tags, Instant submitted) {
  public WrapUp {
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(notes, "notes");
    tags = List.copyOf(tags);
    Objects.requireNonNull(submitted, "submitted");
  }
}
