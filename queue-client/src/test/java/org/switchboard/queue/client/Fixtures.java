package org.switchboard.queue.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.InteractionTimes;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;

/** Protocol values for the client's unit tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final String SOURCE = "/queue-service/run-1";
  static final CatalogueView CATALOGUE =
      new CatalogueView(
          List.of(
              new CatalogueView.QueueInfo("sales", "Sales", "mandatory", 0, 20),
              new CatalogueView.QueueInfo("support", "Support", "timed", 30, 20)),
          List.of(new CatalogueView.ReasonInfo("BREAK", "Break")),
          List.of(
              new CatalogueView.DispositionInfo("SOLD", "Sold", List.of("sales")),
              new CatalogueView.DispositionInfo("DONE", "Done", List.of())));

  private Fixtures() {}

  static AgentView agent(
      String id,
      WirePresence p,
      @Nullable String reason,
      WireRoutingState r,
      @Nullable String interaction,
      long version) {
    return new AgentView(
        id,
        "Agent " + id,
        new PresenceView(p, reason),
        T0,
        null,
        r,
        T0.plusSeconds(5),
        List.of("sales", "support"),
        interaction,
        0,
        version);
  }

  static InteractionView interaction(String id, String state, String queue) {
    return new InteractionView(
        id,
        state,
        "+4930123456",
        "+4930999",
        "main",
        queue,
        "en",
        "ann",
        Map.of("account", "42"),
        List.of(),
        List.of(),
        new InteractionTimes(T0, T0, null, List.of(), null, null, null),
        null,
        null,
        null,
        null);
  }

  static OfferView offer(String id, String agent, InteractionView i) {
    return new OfferView(id, List.of(agent), i, 12, T0.plusSeconds(15));
  }

  static SnapshotView snapshot(long sequence, List<AgentView> agents) {
    return new SnapshotView(sequence, CATALOGUE, agents, List.of(), List.of(), List.of());
  }

  static Event event(String type, long sequence, Object payload) {
    ObjectMapper m = ProtocolJson.mapper();
    return new Event(
        Event.SPEC_VERSION,
        SOURCE + "#" + sequence,
        SOURCE,
        type,
        T0,
        sequence,
        null,
        m.valueToTree(payload));
  }
}
