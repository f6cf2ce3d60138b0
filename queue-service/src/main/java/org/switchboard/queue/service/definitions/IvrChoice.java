package org.switchboard.queue.service.definitions;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one digit (or a fallback) does in an IVR step: any of set the caller's language, attach
 * data, and then go to another step or to a queue. Exactly one of {@code step} and {@code queue} is
 * set.
 *
 * @param language the caller's language from now on (prompts and the {@code language:xx} skill);
 *     null keeps it
 * @param attach attached-data fields to set, e.g. {@code product → loans}
 * @param step the next step, or null
 * @param queue the queue to join, or null
 */
public record IvrChoice(
    @Nullable String language,
    Map<String, String> attach,
    @Nullable String step,
    @Nullable String queue) {
  public IvrChoice {
    attach = Map.copyOf(attach);
    if ((step == null) == (queue == null)) {
      throw new IllegalArgumentException("an IVR choice goes to exactly one of a step or a queue");
    }
  }

  /** A choice that only joins {@code queue}. */
  public static IvrChoice toQueue(String queue) {
    return new IvrChoice(null, Map.of(), null, Objects.requireNonNull(queue, "queue"));
  }
}
