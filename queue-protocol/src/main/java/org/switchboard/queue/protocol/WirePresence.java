package org.switchboard.queue.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Presence, as the agent chooses it (DESIGN §5). */
public enum WirePresence {
  @JsonProperty("ready")
  READY,
  @JsonProperty("not_ready")
  NOT_READY,
  @JsonProperty("offline")
  OFFLINE
}
