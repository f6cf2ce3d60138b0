package org.switchboard.queue.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a signed-in user may do; every endpoint lists the roles it accepts. */
public enum WireRole {
  @JsonProperty("agent")
  AGENT,
  @JsonProperty("supervisor")
  SUPERVISOR,
  @JsonProperty("admin")
  ADMIN
}
