package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.queue.service.centre.CentreFixture.queue;
import static org.switchboard.queue.service.centre.CentreFixture.wrapUp;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Strategy;

class CallFlowTest {
  private static final Duration MAX_WAIT = Duration.ofSeconds(120);

  private final CentreFixture f =
      new CentreFixture(
          queue(
              "sales",
              Strategy.LONGEST_IDLE,
              wrapUp(WrapUpMode.OPTIONAL, 0, true),
              MAX_WAIT,
              "overflow",
              Duration.ZERO),
          queue("overflow"),
          queue(
              "support",
              Strategy.LONGEST_IDLE,
              wrapUp(WrapUpMode.OPTIONAL, 0, true),
              MAX_WAIT,
              null,
              Duration.ZERO));

  @Test
  void abandonWhileWaitingEndsTheInteraction() {
    f.enqueue("c1", "sales");
    f.advance(12);

    Interaction c1 = f.centre.abandon("c1");

    assertThat(c1.status()).isEqualTo(InteractionStatus.DONE);
    assertThat(c1.endReason()).isEqualTo(EndReason.ABANDONED);
    assertThat(c1.ended()).isEqualTo(CentreFixture.T0.plusSeconds(12));
    assertThat(c1.lastLeg().abandoned()).isEqualTo(CentreFixture.T0.plusSeconds(12));
    assertThat(f.centre.snapshot().waiting().get("sales")).isEmpty();
    assertThat(f.centre.snapshot().interactions()).isEmpty();
    f.ready("ann", "sales");
    assertThat(f.offersMade()).isEmpty();
  }

  @Test
  void callEndedBeforeAnAnswerIsAnAbandon() {
    f.enqueue("c1", "sales");
    assertThat(f.centre.callEnded("c1").endReason()).isEqualTo(EndReason.ABANDONED);
    assertThatThrownBy(() -> f.centre.callEnded("c1")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aCallbackRequestLeavesTheQueueRecordedAsSuch() {
    f.enqueue("c1", "sales");

    Interaction c1 = f.centre.requestCallback("c1", "+4930999");

    assertThat(c1.endReason()).isEqualTo(EndReason.CALLBACK_REQUESTED);
    assertThat(c1.callbackNumber()).isEqualTo("+4930999");
    assertThat(c1.lastLeg().outcome()).isEqualTo(LegOutcome.CALLBACK_REQUESTED);
    assertThat(c1.lastLeg().abandoned()).isNull();
    assertThat(f.centre.snapshot().waiting().get("sales")).isEmpty();
  }

  @Test
  void aCallbackOrAbandonOfAnAnsweredCallIsRefused() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    assertThatThrownBy(() -> f.centre.requestCallback("c1", "+1"))
        .isInstanceOf(WrongStateException.class);
    assertThatThrownBy(() -> f.centre.abandon("c1")).isInstanceOf(WrongStateException.class);
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.CONNECTED);
  }

  @Test
  void atMaxWaitTheCallOverflowsKeepingItsDataWithANewLeg() {
    f.enqueue("c1", "sales");
    f.centre.addNote("c1", "ann", "VIP customer");
    f.advance(119);
    assertThat(f.interaction("c1").queue()).isEqualTo("sales");

    f.advance(1);

    Interaction c1 = f.interaction("c1");
    assertThat(c1.queue()).isEqualTo("overflow");
    assertThat(c1.attached()).containsEntry("account", "42");
    assertThat(c1.notes()).extracting(Note::text).containsExactly("VIP customer");
    assertThat(c1.legs()).hasSize(2);
    assertThat(c1.legs().get(0).outcome()).isEqualTo(LegOutcome.OVERFLOWED);
    assertThat(c1.legs().get(1).enqueued()).isEqualTo(CentreFixture.T0.plus(MAX_WAIT));
    assertThat(f.centre.snapshot().waiting().get("overflow")).containsExactly("c1");

    f.ready("bob", "overflow");
    assertThat(f.offerTo("bob").interaction().queue()).isEqualTo("overflow");
  }

  @Test
  void withoutAnOverflowQueueTheCallStays() {
    f.enqueue("c1", "support");
    f.advance(600);
    assertThat(f.interaction("c1").legs()).hasSize(1);
    assertThat(f.centre.snapshot().waiting().get("support")).containsExactly("c1");
  }

  @Test
  void maxWaitReachedDuringAnOfferOverflowsWhenTheOfferIsMissed() {
    f.enqueue("c1", "sales");
    f.advance(110);
    f.ready("ann", "sales");
    f.advance(15);
    assertThat(f.interaction("c1").queue()).isEqualTo("overflow");
  }

  @Test
  void anAnsweredCallDoesNotOverflow() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.advance(600);
    assertThat(f.interaction("c1").legs()).hasSize(1);
  }

  @Test
  void holdAndResumeAreRecordedAsSegments() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.advance(10);
    f.centre.held("c1");
    f.advance(20);
    f.centre.resumed("c1");
    f.advance(5);
    f.centre.held("c1");

    Leg leg = f.interaction("c1").lastLeg();
    assertThat(leg.holds()).hasSize(2);
    assertThat(leg.holds().get(0).resumed()).isEqualTo(CentreFixture.T0.plusSeconds(30));
    assertThat(leg.holds().get(1).resumed()).isNull();
    assertThat(leg.holdTime(CentreFixture.T0.plusSeconds(40))).hasSeconds(25);
    assertThatThrownBy(() -> f.centre.held("c1")).isInstanceOf(WrongStateException.class);

    f.advance(5);
    f.centre.callEnded("c1");
    assertThat(f.interaction("c1").lastLeg().holds().get(1).resumed())
        .isEqualTo(CentreFixture.T0.plusSeconds(40));
  }

  @Test
  void notesNeedTextAndAKnownAuthor() {
    f.enqueue("c1", "sales");
    assertThatThrownBy(() -> f.centre.addNote("c1", "ann", " "))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> f.centre.addNote("c1", "zed", "hi"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> f.centre.addNote("c9", "ann", "hi"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theSnapshotShowsAgentsInteractionsOffersAndWaiting() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.enqueue("c2", "sales");

    CentreSnapshot snapshot = f.centre.snapshot();

    assertThat(snapshot.agents()).extracting(AgentState::id).contains("ann");
    assertThat(snapshot.interactions()).extracting(Interaction::id).containsExactly("c1", "c2");
    assertThat(snapshot.offers())
        .singleElement()
        .satisfies(o -> assertThat(o.agents()).containsExactly("ann"));
    assertThat(snapshot.waiting().get("sales")).containsExactly("c2");
  }
}
