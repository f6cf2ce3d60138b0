package org.switchboard.queue.service.definitions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole contact centre as configured. The loader checks references between the parts (an agent's
 * queue exists, an overflow queue exists, an IVR choice's queue and step exist) before it builds
 * one, so code holding a {@code CentreDefinition} may rely on them.
 *
 * @param queues queues by id
 * @param agents agents by id
 * @param reasonCodes not-ready reasons by code (always includes {@link ReasonCode#MISSED})
 * @param dispositions wrap-up outcomes by code
 * @param entryPoints entry points by id
 * @param missedOffersBeforeNotReady after this many offers missed in a row an agent is set
 *     not-ready with reason {@link ReasonCode#MISSED}
 * @param logoutGrace how long a desktop may be gone (no WebSocket, no heartbeat) before its agent
 *     is logged out
 */
public record CentreDefinition(
    Map<String, QueueDefinition> queues,
    Map<String, AgentDefinition> agents,
    Map<String, ReasonCode> reasonCodes,
    Map<String, Disposition> dispositions,
    Map<String, EntryPoint> entryPoints,
    int missedOffersBeforeNotReady,
    Duration logoutGrace) {
  public CentreDefinition {
    queues = Map.copyOf(queues);
    agents = Map.copyOf(agents);
    reasonCodes = Map.copyOf(reasonCodes);
    dispositions = Map.copyOf(dispositions);
    entryPoints = Map.copyOf(entryPoints);
    Objects.requireNonNull(logoutGrace, "logoutGrace");
    if (!reasonCodes.containsKey(ReasonCode.MISSED)) {
      throw new IllegalArgumentException("reason code " + ReasonCode.MISSED + " must be defined");
    }
    if (missedOffersBeforeNotReady < 1) {
      throw new IllegalArgumentException("missedOffersBeforeNotReady must be 1 or more");
    }
  }

  /** The queue {@code id}, if defined. */
  public Optional<QueueDefinition> queue(String id) {
    return Optional.ofNullable(queues.get(id));
  }

  /** The agent {@code id}, if defined. */
  public Optional<AgentDefinition> agent(String id) {
    return Optional.ofNullable(agents.get(id));
  }

  /** The entry point a call to {@code number} (the request URI's user part) reaches, if any. */
  public Optional<EntryPoint> entryPointFor(String number) {
    return entryPoints.values().stream().filter(e -> e.numbers().contains(number)).findFirst();
  }

  /** The dispositions agents may choose after a call of {@code queue}. */
  public List<Disposition> dispositionsFor(String queue) {
    return dispositions.values().stream().filter(d -> d.appliesTo(queue)).toList();
  }
}
