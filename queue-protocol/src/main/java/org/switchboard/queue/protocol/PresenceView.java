package org.switchboard.queue.protocol;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A presence with its reason.
 *
 * @param presence ready, not ready or offline
 * @param reason the reason code when not ready, else null
 */
public record PresenceView(WirePresence presence, @Nullable String reason) {
  public PresenceView {
    Objects.requireNonNull(presence, "presence");
  }
}
