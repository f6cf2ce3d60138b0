package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.switchboard.queue.service.definitions.CentreDefinition;

/**
 * The raw records live figures are computed from, as of {@code now}.
 *
 * @param now when they were taken
 * @param definition the configuration in force
 * @param interactions interactions in flight, and done ones that ended since the asked time
 * @param segments agents' time segments since the asked time; the current ones are open (no end)
 * @param agents every known agent now
 */
public record CentreRecords(
    Instant now,
    CentreDefinition definition,
    List<Interaction> interactions,
    List<AgentSegment> segments,
    List<AgentState> agents) {
  public CentreRecords {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(definition, "definition");
    interactions = List.copyOf(interactions);
    segments = List.copyOf(segments);
    agents = List.copyOf(agents);
  }
}
