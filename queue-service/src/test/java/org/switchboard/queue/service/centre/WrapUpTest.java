package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.queue.service.centre.CentreFixture.queue;
import static org.switchboard.queue.service.centre.CentreFixture.wrapUp;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Strategy;

class WrapUpTest {
  private static CentreFixture inWrapUp(WrapUpMode mode, int seconds, boolean autoReady) {
    CentreFixture f =
        new CentreFixture(
            queue("sales", Strategy.LONGEST_IDLE, wrapUp(mode, seconds, autoReady)),
            queue("support"));
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.advance(60);
    f.centre.callEnded("c1");
    return f;
  }

  @Test
  void optionalWrapUpEndsAtOnceAndMayBeSubmittedLate() {
    CentreFixture f = inWrapUp(WrapUpMode.OPTIONAL, 0, true);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.DONE);
    assertThat(f.interaction("c1").lastLeg().wrapUpEnded()).isEqualTo(f.clock.instant());

    f.centre.submitWrapUp("ann", "c1", "SALE", "late", List.of("upsell"));

    WrapUp wrap = java.util.Objects.requireNonNull(f.interaction("c1").lastLeg().wrapUp());
    assertThat(wrap.disposition()).isEqualTo("SALE");
    assertThat(wrap.tags()).containsExactly("upsell");
  }

  @Test
  void mandatoryWrapUpLastsUntilSubmitted() {
    CentreFixture f = inWrapUp(WrapUpMode.MANDATORY, 0, true);
    f.advance(3600);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.WRAP_UP);

    Interaction done = f.centre.submitWrapUp("ann", "c1", "RESOLVED", "ok", List.of());

    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
    assertThat(done.status()).isEqualTo(InteractionStatus.DONE);
    assertThat(done.lastLeg().wrapUpEnded()).isEqualTo(f.clock.instant());
  }

  @Test
  void timedWrapUpEndsAtItsTime() {
    CentreFixture f = inWrapUp(WrapUpMode.TIMED, 30, true);
    f.advance(29);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    f.advance(1);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
    assertThat(f.interaction("c1").lastLeg().wrapUpEnded())
        .isEqualTo(CentreFixture.T0.plusSeconds(90));
  }

  @Test
  void timedWrapUpEndsEarlyOnSubmit() {
    CentreFixture f = inWrapUp(WrapUpMode.TIMED, 30, true);
    f.advance(5);
    f.centre.submitWrapUp("ann", "c1", "RESOLVED", "", List.of());
    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
    f.advance(30);
    assertThat(f.interaction("c1").lastLeg().wrapUpEnded())
        .isEqualTo(CentreFixture.T0.plusSeconds(65));
  }

  @Test
  void timedWithoutEarlyExitIgnoresAnEarlySubmitButKeepsIt() {
    CentreFixture f = inWrapUp(WrapUpMode.TIMED_NO_EARLY_EXIT, 30, true);
    f.advance(5);
    f.centre.submitWrapUp("ann", "c1", "RESOLVED", "early", List.of());
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    assertThat(f.interaction("c1").lastLeg().wrapUp()).isNotNull();

    f.advance(25);

    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
    assertThat(f.interaction("c1").lastLeg().wrapUpEnded())
        .isEqualTo(CentreFixture.T0.plusSeconds(90));
  }

  @Test
  void autoReadyMakesTheAgentReadyAfterWrapUp() {
    CentreFixture f = inWrapUp(WrapUpMode.TIMED, 10, true);
    f.advance(10);
    assertThat(f.presence("ann").presence()).isEqualTo(Presence.READY);
    f.enqueue("c2", "sales");
    assertThat(f.offerTo("ann").interaction().id()).isEqualTo("c2");
  }

  @Test
  void withoutAutoReadyTheAgentIsNotReadyAfterWrapUp() {
    CentreFixture f = inWrapUp(WrapUpMode.TIMED, 10, false);
    f.advance(10);
    assertThat(f.presence("ann")).isEqualTo(new PresenceChoice(Presence.NOT_READY, null));
    f.enqueue("c2", "sales");
    assertThat(f.offersMade()).hasSize(1);
  }

  @Test
  void aQueuedPresenceWinsOverAutoReady() {
    CentreFixture f = inWrapUp(WrapUpMode.TIMED, 10, true);
    f.centre.setPresence("ann", Presence.NOT_READY, "BREAK");
    f.advance(10);
    assertThat(f.presence("ann")).isEqualTo(new PresenceChoice(Presence.NOT_READY, "BREAK"));
  }

  @Test
  void aDispositionMustApplyToTheQueue() {
    CentreFixture f =
        new CentreFixture(
            queue("sales"),
            queue("support", Strategy.LONGEST_IDLE, wrapUp(WrapUpMode.MANDATORY, 0, true)));
    f.ready("ann", "support");
    f.enqueue("c1", "support");
    f.answer("ann");
    f.centre.callEnded("c1");

    assertThatThrownBy(() -> f.centre.submitWrapUp("ann", "c1", "SALE", "", List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("does not apply to queue support")
        .hasMessageContaining("RESOLVED");
    assertThatThrownBy(() -> f.centre.submitWrapUp("ann", "c1", "NOPE", "", List.of()))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
  }

  @Test
  void wrappingUpTwiceOrSomeoneElsesCallIsRefused() {
    CentreFixture f = inWrapUp(WrapUpMode.MANDATORY, 0, true);
    assertThatThrownBy(() -> f.centre.submitWrapUp("bob", "c1", "RESOLVED", "", List.of()))
        .isInstanceOf(WrongStateException.class);
    f.centre.submitWrapUp("ann", "c1", "RESOLVED", "", List.of());
    assertThatThrownBy(() -> f.centre.submitWrapUp("ann", "c1", "RESOLVED", "", List.of()))
        .isInstanceOf(WrongStateException.class)
        .hasMessageContaining("already");
    assertThatThrownBy(() -> f.centre.submitWrapUp("ann", "zz", "RESOLVED", "", List.of()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void talkTimeAndTimestampsAreRecorded() {
    CentreFixture f = inWrapUp(WrapUpMode.MANDATORY, 0, true);
    assertThat(f.centre.agent("ann").talkTime()).hasSeconds(60);
    Leg leg = f.interaction("c1").lastLeg();
    assertThat(leg.enqueued()).isEqualTo(CentreFixture.T0);
    assertThat(leg.answered()).isEqualTo(CentreFixture.T0);
    assertThat(leg.ended()).isEqualTo(CentreFixture.T0.plusSeconds(60));
    assertThat(leg.outcome()).isEqualTo(LegOutcome.COMPLETED);
    assertThat(f.interaction("c1").endReason()).isEqualTo(EndReason.COMPLETED);
  }
}
