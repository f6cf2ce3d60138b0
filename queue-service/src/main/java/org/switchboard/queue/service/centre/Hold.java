package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The customer on hold, from {@code held} until {@code resumed}.
 *
 * @param held when the hold began
 * @param resumed when it ended; null while still on hold
 */
public record Hold(Instant held, @Nullable Instant resumed) {
  public Hold {
    Objects.requireNonNull(held, "held");
  }

  /** How long the hold lasted, counting an open hold up to {@code now}. */
  public Duration length(Instant now) {
    return Duration.between(held, resumed == null ? now : resumed);
  }
}
