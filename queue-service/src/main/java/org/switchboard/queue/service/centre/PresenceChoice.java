package org.switchboard.queue.service.centre;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A presence with its reason code.
 *
 * @param presence the presence
 * @param reason the not-ready reason code; null for ready and offline, and for not-ready set by the
 *     service itself (just logged in, or wrap-up ended on a queue without auto-ready)
 */
public record PresenceChoice(Presence presence, @Nullable String reason) {
  public PresenceChoice {
    Objects.requireNonNull(presence, "presence");
    if (presence != Presence.NOT_READY && reason != null) {
      throw new IllegalArgumentException("only not-ready takes a reason code");
    }
  }
}
