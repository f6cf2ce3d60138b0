package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a client needs to start over (the API's "snapshot on request").
 *
 * @param at when it was taken
 * @param agents every agent who is logged in, or has work, in id order
 * @param interactions every interaction in flight (not yet done)
 * @param offers every open offer
 * @param waiting per queue, the ids of the interactions waiting, in the order they were queued
 */
public record CentreSnapshot(
    Instant at,
    List<AgentState> agents,
    List<Interaction> interactions,
    List<OfferInfo> offers,
    Map<String, List<String>> waiting) {
  public CentreSnapshot {
    Objects.requireNonNull(at, "at");
    agents = List.copyOf(agents);
    interactions = List.copyOf(interactions);
    offers = List.copyOf(offers);
    waiting = Map.copyOf(waiting);
  }
}
