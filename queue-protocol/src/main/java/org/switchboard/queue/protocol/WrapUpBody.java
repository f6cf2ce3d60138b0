package org.switchboard.queue.protocol;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A wrap-up: the request that finishes it, and the record kept on the interaction.
 *
 * @param disposition the disposition code, or null when the queue does not require one
 * @param notes free text
 * @param tags labels
 */
public record WrapUpBody(@Nullable String disposition, String notes, List<String> tags) {
  public WrapUpBody {
    Objects.requireNonNull(notes, "notes");
    tags = List.copyOf(tags);
  }
}
