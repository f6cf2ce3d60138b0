package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.Objects;

/**
 * A note on an interaction; notes travel with it through transfers.
 *
 * @param at when it was written
 * @param author the agent who wrote it
 * @param text what they wrote
 */
public record Note(Instant at, String author, String text) {
  public Note {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
  }
}
