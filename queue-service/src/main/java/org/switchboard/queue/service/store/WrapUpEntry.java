package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an agent entered when wrapping up their part of an interaction.
 *
 * @param disposition the disposition code, if one was chosen
 * @param notes free text, possibly empty
 * @param tags the chosen tags
 * @param ended when the wrap-up ended
 */
public record WrapUpEntry(
    @Nullable String disposition, String notes, List<String> tags, Instant ended) {
  public WrapUpEntry {
    Objects.requireNonNull(notes, "notes");
    tags = List.copyOf(tags);
    Objects.requireNonNull(ended, "ended");
  }
}
