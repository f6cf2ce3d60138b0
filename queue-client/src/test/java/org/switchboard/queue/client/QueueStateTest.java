package org.switchboard.queue.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.client.Fixtures.agent;
import static org.switchboard.queue.client.Fixtures.event;
import static org.switchboard.queue.client.Fixtures.interaction;
import static org.switchboard.queue.client.Fixtures.offer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.OfferEndedView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;

class QueueStateTest {
  private final QueueState start =
      QueueState.of(
          Fixtures.SOURCE,
          Fixtures.snapshot(
              4, List.of(agent("ann", WirePresence.READY, null, WireRoutingState.IDLE, null, 3))));

  @Test
  void aSnapshotGivesSourceSequenceAndAgents() {
    assertThat(start.source()).isEqualTo(Fixtures.SOURCE);
    assertThat(start.sequence()).isEqualTo(4);
    assertThat(start.agent("ann")).isPresent();
    assertThat(QueueState.empty().source()).isNull();
  }

  @Test
  void anAgentChangeReplacesTheAgent() {
    QueueState next =
        start.apply(
            event(
                EventTypes.AGENT_CHANGED,
                5,
                agent("ann", WirePresence.NOT_READY, "BREAK", WireRoutingState.IDLE, null, 4)));

    assertThat(next.sequence()).isEqualTo(5);
    assertThat(next.agent("ann").orElseThrow().version()).isEqualTo(4);
    assertThat(start.agent("ann").orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void anOfferAddsItAndItsInteractionAndItsEndRemovesIt() {
    QueueState offered =
        start.apply(
            event(
                EventTypes.OFFER_MADE,
                5,
                offer("o1", "ann", interaction("i1", "offered", "sales"))));
    assertThat(offered.offers()).containsKey("o1");
    assertThat(offered.interactions()).containsKey("i1");

    QueueState ended =
        offered.apply(
            event(EventTypes.OFFER_ENDED, 6, new OfferEndedView("o1", "i1", "accepted", "ann")));
    assertThat(ended.offers()).isEmpty();
    assertThat(ended.interactions()).containsKey("i1");
  }

  @Test
  void anEndedInteractionIsDropped() {
    QueueState live =
        start.apply(
            event(EventTypes.INTERACTION_CHANGED, 5, interaction("i1", "connected", "sales")));
    QueueState over =
        live.apply(event(EventTypes.INTERACTION_CHANGED, 6, interaction("i1", "ended", "sales")));

    assertThat(live.interactions()).containsKey("i1");
    assertThat(over.interactions()).isEmpty();
  }

  @Test
  void figuresAndCatalogueAreReplaced() {
    QueueFiguresView f =
        new QueueFiguresView(
            "sales", Fixtures.T0, 3, 40, null, 20, null, null, null, Map.of(), Map.of(), null);
    CatalogueView c = new CatalogueView(List.of(), List.of(), List.of());

    QueueState next =
        start
            .apply(event(EventTypes.QUEUE_FIGURES, 5, f))
            .apply(event(EventTypes.CATALOGUE_CHANGED, 6, c));

    assertThat(java.util.Objects.requireNonNull(next.figures().get("sales")).callsWaiting())
        .isEqualTo(3);
    assertThat(next.catalogue()).isEqualTo(c);
  }

  @Test
  void anUnknownEventTypeOnlyMovesTheSequence() {
    QueueState next = start.apply(event("org.switchboard.something.new", 5, Map.of("x", 1)));

    assertThat(next.sequence()).isEqualTo(5);
    assertThat(next.agents()).isEqualTo(start.agents());
  }
}
