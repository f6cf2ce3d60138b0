package org.switchboard.queue.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Routing state, owned by the service (DESIGN §5). */
public enum WireRoutingState {
  @JsonProperty("idle")
  IDLE,
  @JsonProperty("reserved")
  RESERVED,
  @JsonProperty("alerting")
  ALERTING,
  @JsonProperty("connected")
  CONNECTED,
  @JsonProperty("held")
  HELD,
  @JsonProperty("wrap_up")
  WRAP_UP,
  @JsonProperty("not_responding")
  NOT_RESPONDING
}
