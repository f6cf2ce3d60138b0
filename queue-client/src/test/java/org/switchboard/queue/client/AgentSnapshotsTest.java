package org.switchboard.queue.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.client.Fixtures.agent;
import static org.switchboard.queue.client.Fixtures.event;
import static org.switchboard.queue.client.Fixtures.interaction;
import static org.switchboard.queue.client.Fixtures.offer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Disposition;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUpMode;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;

class AgentSnapshotsTest {
  private static QueueState with(Object... events) {
    QueueState s = QueueState.of(Fixtures.SOURCE, Fixtures.snapshot(0, List.of()));
    long seq = 1;
    for (Object e : events) {
      s = s.apply(event(typeOf(e), seq++, e));
    }
    return s;
  }

  private static String typeOf(Object payload) {
    if (payload instanceof org.switchboard.queue.protocol.OfferView) {
      return EventTypes.OFFER_MADE;
    }
    if (payload instanceof QueueFiguresView) {
      return EventTypes.QUEUE_FIGURES;
    }
    if (payload instanceof org.switchboard.queue.protocol.InteractionView) {
      return EventTypes.INTERACTION_CHANGED;
    }
    return EventTypes.AGENT_CHANGED;
  }

  @Test
  void anUnknownAgentIsOffline() {
    AgentSnapshot s = AgentSnapshots.of("ann", QueueState.empty(), Fixtures.T0);

    assertThat(s.presence()).isEqualTo(Presence.offline());
    assertThat(s.routing()).isEqualTo(RoutingState.IDLE);
  }

  @Test
  void notReadyCarriesTheCataloguesLabel() {
    AgentSnapshot s =
        AgentSnapshots.of(
            "ann",
            with(agent("ann", WirePresence.NOT_READY, "BREAK", WireRoutingState.IDLE, null, 1)),
            Fixtures.T0);

    assertThat(s.presence()).isEqualTo(Presence.notReady(new NotReadyReason("BREAK", "Break")));
    assertThat(s.reasons()).containsExactly(new NotReadyReason("BREAK", "Break"));
  }

  @Test
  void routingStatesMapToCoresFive() {
    assertThat(AgentSnapshots.routing(WireRoutingState.RESERVED)).isEqualTo(RoutingState.OFFERED);
    assertThat(AgentSnapshots.routing(WireRoutingState.ALERTING)).isEqualTo(RoutingState.OFFERED);
    assertThat(AgentSnapshots.routing(WireRoutingState.CONNECTED)).isEqualTo(RoutingState.ON_CALL);
    assertThat(AgentSnapshots.routing(WireRoutingState.HELD)).isEqualTo(RoutingState.HELD);
    assertThat(AgentSnapshots.routing(WireRoutingState.WRAP_UP)).isEqualTo(RoutingState.WRAP_UP);
    assertThat(AgentSnapshots.routing(WireRoutingState.NOT_RESPONDING))
        .isEqualTo(RoutingState.IDLE);
  }

  @Test
  void presencesRoundTrip() {
    List<NotReadyReason> reasons = List.of(new NotReadyReason("BREAK", "Break"));
    for (Presence p :
        List.of(Presence.ready(), Presence.offline(), Presence.notReady(reasons.get(0)))) {
      PresenceView wire = AgentSnapshots.wire(p);
      assertThat(AgentSnapshots.presence(wire, reasons)).isEqualTo(p);
    }
  }

  @Test
  void anOfferCarriesItsAttachedDataQueueNameAndWait() {
    AgentSnapshot s =
        AgentSnapshots.of(
            "ann",
            with(
                agent("ann", WirePresence.READY, null, WireRoutingState.ALERTING, "i1", 2),
                offer("o1", "ann", interaction("i1", "offered", "sales"))),
            Fixtures.T0);

    assertThat(s.routing()).isEqualTo(RoutingState.OFFERED);
    Offer offer = Objects.requireNonNull(s.offer());
    assertThat(offer.interactionId()).isEqualTo("i1");
    assertThat(offer.queue()).isEqualTo("Sales");
    assertThat(offer.waited()).isEqualTo(Duration.ofSeconds(12));
    assertThat(offer.data()).containsEntry("account", "42").containsEntry("ani", "+4930123456");
    assertThat(offer.call()).isNull();
  }

  @Test
  void figuresOfTheAgentsQueues() {
    QueueFiguresView f =
        new QueueFiguresView(
            "sales", Fixtures.T0, 3, 40, null, 20, null, null, null, Map.of(), Map.of(), null);
    AgentSnapshot s =
        AgentSnapshots.of(
            "ann",
            with(agent("ann", WirePresence.READY, null, WireRoutingState.IDLE, null, 2), f),
            Fixtures.T0);

    assertThat(s.queues()).hasSize(2);
    assertThat(s.queues().get(0).queue()).isEqualTo("Sales");
    assertThat(s.queues().get(0).callsWaiting()).isEqualTo(3);
    assertThat(s.queues().get(0).longestWait()).isEqualTo(Duration.ofSeconds(40));
    assertThat(s.queues().get(1).callsWaiting()).isZero();
  }

  @Test
  void aMandatoryWrapUpNeedsADispositionOfItsQueue() {
    AgentSnapshot s =
        AgentSnapshots.of(
            "ann",
            with(
                interaction("i1", "wrap_up", "sales"),
                agent("ann", WirePresence.READY, null, WireRoutingState.WRAP_UP, "i1", 3)),
            Fixtures.T0);

    PendingWrapUp w = Objects.requireNonNull(s.wrapUp());
    assertThat(w.call().value()).isEqualTo("i1");
    assertThat(w.policy().mode()).isEqualTo(WrapUpMode.MANDATORY);
    assertThat(w.policy().dispositionRequired()).isTrue();
    assertThat(w.policy().dispositions())
        .containsExactly(new Disposition("SOLD", "Sold"), new Disposition("DONE", "Done"));
    assertThat(w.deadline()).isNull();
    assertThat(w.canExtend()).isFalse();
  }

  @Test
  void aTimedWrapUpHasADeadline() {
    AgentSnapshot s =
        AgentSnapshots.of(
            "ann",
            with(
                interaction("i2", "wrap_up", "support"),
                agent("ann", WirePresence.READY, null, WireRoutingState.WRAP_UP, "i2", 3)),
            Fixtures.T0);

    PendingWrapUp w = Objects.requireNonNull(s.wrapUp());
    assertThat(w.policy().mode()).isEqualTo(WrapUpMode.TIMED);
    assertThat(w.deadline()).isEqualTo(Fixtures.T0.plusSeconds(5 + 30));
    assertThat(w.policy().dispositions()).containsExactly(new Disposition("DONE", "Done"));
  }
}
