package org.switchboard.queue.service.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.centre.AgentSegment;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.CentreFixture;
import org.switchboard.queue.service.centre.CentreRecords;
import org.switchboard.queue.service.centre.Hold;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.InteractionStatus;
import org.switchboard.queue.service.centre.Leg;
import org.switchboard.queue.service.centre.LegOutcome;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.centre.PresenceChoice;
import org.switchboard.queue.service.centre.RoutingState;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Strategy;

/** Figures against numbers worked out by hand (threshold 20 s; times in seconds from T0). */
class FiguresCalculatorTest {
  private static final Instant T0 = CentreFixture.T0;
  private static final Instant NOW = T0.plusSeconds(200);

  private static Instant t(long seconds) {
    return T0.plusSeconds(seconds);
  }

  private static @Nullable Instant at(@Nullable Integer seconds) {
    return seconds == null ? null : t(seconds);
  }

  private static Leg answered(int enqueued, int answered, int ended, int wrapped, boolean direct) {
    return new Leg(
        "sales",
        "ann",
        direct,
        false,
        t(enqueued),
        t(answered),
        t(answered),
        List.of(),
        t(ended),
        t(wrapped),
        null,
        LegOutcome.COMPLETED,
        null,
        null);
  }

  private static Leg unanswered(
      int enqueued,
      @Nullable Integer abandoned,
      @Nullable Integer ended,
      @Nullable LegOutcome outcome) {
    return new Leg(
        "sales",
        null,
        false,
        false,
        t(enqueued),
        null,
        null,
        List.of(),
        at(ended),
        null,
        at(abandoned),
        outcome,
        null,
        null);
  }

  private static Interaction interaction(String id, Leg leg) {
    return new Interaction(
        id,
        "+1",
        "800",
        null,
        null,
        Map.of(),
        0,
        Map.of(),
        InteractionStatus.DONE,
        leg.queue(),
        leg.agent(),
        List.of(leg),
        List.of(),
        null,
        null,
        null);
  }

  private static List<Interaction> calls() {
    Leg withHold =
        new Leg(
            "sales",
            "ann",
            false,
            false,
            t(0),
            t(10),
            t(10),
            List.of(new Hold(t(30), t(40))),
            t(70),
            t(100),
            null,
            LegOutcome.COMPLETED,
            null,
            null);
    List<Interaction> calls = new ArrayList<>();
    calls.add(interaction("in-threshold", withHold)); // wait 10, handled 90
    calls.add(interaction("late", answered(0, 30, 130, 150, false))); // wait 30, handled 120
    calls.add(interaction("direct", answered(50, 150, 170, 180, true))); // handled 30 only
    calls.add(interaction("short-abandon", unanswered(0, 3, 3, LegOutcome.ABANDONED)));
    calls.add(interaction("abandon", unanswered(0, 40, 40, LegOutcome.ABANDONED)));
    calls.add(interaction("waiting", unanswered(100, null, null, null))); // waits 100 s now
    calls.add(interaction("callback", unanswered(20, null, 50, LegOutcome.CALLBACK_REQUESTED)));
    calls.add(interaction("yesterday", answered(-100, -50, -40, -30, false)));
    return calls;
  }

  private static CentreDefinition centre(Duration shortAbandon) {
    QueueDefinition sales =
        CentreFixture.queue(
            "sales",
            Strategy.LONGEST_IDLE,
            CentreFixture.wrapUp(WrapUpMode.OPTIONAL, 0, true),
            Duration.ZERO,
            null,
            shortAbandon);
    return definition(sales);
  }

  private static CentreDefinition definition(QueueDefinition sales) {
    CentreFixture fixture = new CentreFixture(sales, CentreFixture.queue("support"));
    return fixture.centre.definition();
  }

  private static AgentState agent(
      String id, Presence presence, RoutingState routing, String queue) {
    PresenceChoice choice =
        new PresenceChoice(presence, presence == Presence.NOT_READY ? "BREAK" : null);
    return new AgentState(
        id, choice, null, routing, Set.of(queue), null, null, 0, T0, T0, 0, Duration.ZERO, 1);
  }

  private static AgentSegment segment(
      String agent, String queue, Presence p, RoutingState r, int from, @Nullable Integer to) {
    return new AgentSegment(agent, Set.of(queue), p, r, t(from), at(to));
  }

  private static List<AgentSegment> segments() {
    return List.of(
        segment("ann", "sales", Presence.READY, RoutingState.IDLE, -100, 0),
        segment("ann", "sales", Presence.READY, RoutingState.IDLE, 0, 10),
        segment("ann", "sales", Presence.READY, RoutingState.CONNECTED, 10, 60),
        segment("ann", "sales", Presence.READY, RoutingState.HELD, 60, 70),
        segment("ann", "sales", Presence.READY, RoutingState.WRAP_UP, 70, 100),
        segment("ann", "sales", Presence.READY, RoutingState.IDLE, 100, null),
        segment("bob", "sales", Presence.NOT_READY, RoutingState.IDLE, 0, 50),
        segment("bob", "sales", Presence.READY, RoutingState.RESERVED, 50, 60),
        segment("bob", "sales", Presence.READY, RoutingState.CONNECTED, 60, null),
        segment("cid", "support", Presence.READY, RoutingState.IDLE, 0, null),
        segment("dee", "sales", Presence.READY, RoutingState.NOT_RESPONDING, 0, 20));
  }

  private static QueueFigures figures(Duration shortAbandon) {
    List<AgentState> agents =
        List.of(
            agent("ann", Presence.READY, RoutingState.IDLE, "sales"),
            agent("bob", Presence.READY, RoutingState.CONNECTED, "sales"),
            agent("cid", Presence.READY, RoutingState.IDLE, "support"),
            agent("dee", Presence.NOT_READY, RoutingState.IDLE, "sales"));
    CentreRecords records =
        new CentreRecords(NOW, centre(shortAbandon), calls(), segments(), agents);
    return FiguresCalculator.compute(records, "sales", T0);
  }

  @Test
  void countsWaitingAndTheLongestWait() {
    QueueFigures f = figures(Duration.ZERO);
    assertThat(f.waiting()).isEqualTo(1);
    assertThat(f.longestWait()).hasSeconds(100);
    assertThat(f.oldestSince()).isEqualTo(t(100));
    assertThat(f.callbacks()).isEqualTo(1);
  }

  @Test
  void serviceLevelCountsEveryAbandonWithoutShortAbandon() {
    QueueFigures f = figures(Duration.ZERO);
    // answered 2 (1 within 20 s), abandoned 2: 1 / (2 + 2)
    assertThat(f.answered()).isEqualTo(2);
    assertThat(f.answeredInThreshold()).isEqualTo(1);
    assertThat(f.abandoned()).isEqualTo(2);
    assertThat(f.serviceLevel()).isEqualTo(0.25);
    assertThat(f.abandonRate()).isEqualTo(0.5);
  }

  @Test
  void serviceLevelLeavesOutAbandonsShorterThanShortAbandon() {
    QueueFigures f = figures(Duration.ofSeconds(5));
    // the 3 s abandon is left out: 1 / (2 + 1), abandon rate 1 / 3
    assertThat(f.shortAbandoned()).isEqualTo(1);
    assertThat(f.abandoned()).isEqualTo(1);
    assertThat(f.serviceLevel()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(f.abandonRate()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void asaIsTheMeanWaitOfAnsweredCallsOfTheQueue() {
    // (10 + 30) / 2; the direct transfer and yesterday's call are not counted
    assertThat(figures(Duration.ZERO).asa()).hasSeconds(20);
  }

  @Test
  void ahtIsTalkPlusHoldPlusWrapUp() {
    // (90 + 120 + 30) / 3: the direct transfer's handling counts for the queue
    assertThat(figures(Duration.ZERO).aht()).hasSeconds(80);
  }

  @Test
  void agentsAreCountedByPresenceAndRoutingState() {
    QueueFigures f = figures(Duration.ZERO);
    assertThat(f.agentsByPresence())
        .containsExactlyInAnyOrderEntriesOf(Map.of(Presence.READY, 2, Presence.NOT_READY, 1));
    assertThat(f.agentsByRouting())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(RoutingState.IDLE, 2, RoutingState.CONNECTED, 1));
  }

  @Test
  void occupancyIsHandlingOverHandlingPlusReadyIdle() {
    // handling: ann 50 + 10 + 30, bob 140 = 230; ready idle: ann 10 + 100, bob reserved 10 = 120
    assertThat(figures(Duration.ZERO).occupancy()).isCloseTo(230.0 / 350, within(1e-9));
  }

  @Test
  void nothingCountedGivesNoRatios() {
    CentreRecords empty =
        new CentreRecords(NOW, centre(Duration.ZERO), List.of(), List.of(), List.of());
    QueueFigures f = FiguresCalculator.compute(empty, "sales", T0);
    assertThat(f.serviceLevel()).isNull();
    assertThat(f.abandonRate()).isNull();
    assertThat(f.occupancy()).isNull();
    assertThat(f.asa()).isZero();
    assertThat(f.waiting()).isZero();
  }

  @Test
  void theDefaultWindowStartsAtMidnightInTheCentresZone() {
    FiguresWindow window = FiguresWindow.sinceMidnight(java.time.ZoneId.of("Europe/Berlin"));
    assertThat(window.start(Instant.parse("2026-11-23T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
    assertThat(FiguresWindow.last(Duration.ofHours(1)).start(NOW))
        .isEqualTo(NOW.minusSeconds(3600));
  }
}
