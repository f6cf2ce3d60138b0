package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.queue.service.centre.CentreFixture.queue;
import static org.switchboard.queue.service.centre.CentreFixture.wrapUp;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Strategy;

class TransferTest {
  private final CentreFixture f =
      new CentreFixture(
          queue("sales", Strategy.LONGEST_IDLE, wrapUp(WrapUpMode.MANDATORY, 0, true)),
          queue("support"));

  @BeforeEach
  void annTalksToTheCustomer() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.centre.addNote("c1", "ann", "wants a refund");
    f.advance(30);
  }

  private static void keepsDataAndNotes(Interaction c1) {
    assertThat(c1.attached()).containsEntry("account", "42");
    assertThat(c1.notes()).extracting(Note::text).containsExactly("wants a refund");
  }

  @Test
  void blindTransferToAQueueEndsTheFirstAgentsPartAndQueuesTheCall() {
    Interaction c1 = f.centre.transferToQueue("c1", "support");

    assertThat(c1.status()).isEqualTo(InteractionStatus.WAITING);
    assertThat(c1.legs()).hasSize(2);
    assertThat(c1.legs().get(0).outcome()).isEqualTo(LegOutcome.TRANSFERRED);
    assertThat(c1.legs().get(1).queue()).isEqualTo("support");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);

    f.ready("bob", "support");
    OfferInfo offer = f.answer("bob");
    keepsDataAndNotes(offer.interaction());
    keepsDataAndNotes(f.interaction("c1"));
    assertThat(f.interaction("c1").agent()).isEqualTo("bob");

    f.centre.submitWrapUp("ann", "c1", "RESOLVED", "passed on", List.of());
    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
    f.centre.callEnded("c1");
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.DONE);
  }

  @Test
  void aTransferToAnOutsideNumberThatAnsweredEndsTheInteractionAndTheAgentWrapsUp() {
    Interaction c1 = f.centre.transferredOut("c1", "ann", "+15550100");

    assertThat(c1.status()).isEqualTo(InteractionStatus.WRAP_UP);
    assertThat(c1.endReason()).isEqualTo(EndReason.TRANSFERRED_OUT);
    assertThat(c1.legs()).hasSize(1);
    assertThat(c1.legs().get(0).outcome()).isEqualTo(LegOutcome.TRANSFERRED);
    assertThat(c1.attached()).containsEntry("account", "42");
    assertThat(c1.notes())
        .extracting(Note::text)
        .containsExactly("wants a refund", "transferred to the outside number +15550100");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    assertThatThrownBy(() -> f.centre.callEnded("c1")).isInstanceOf(WrongStateException.class);

    f.centre.submitWrapUp("ann", "c1", "RESOLVED", "sent to the branch", List.of());
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.DONE);
  }

  @Test
  void blindTransferToAnAgentOffersItToThem() {
    f.ready("bob", "support");

    f.centre.transferToAgent("c1", "bob");

    OfferInfo offer = f.offerTo("bob");
    keepsDataAndNotes(offer.interaction());
    assertThat(offer.interaction().lastLeg().direct()).isTrue();
    f.centre.offerAccepted(offer.id(), "bob");
    assertThat(f.interaction("c1").agent()).isEqualTo("bob");
    assertThat(f.interaction("c1").legs()).extracting(Leg::agent).containsExactly("ann", "bob");
  }

  @Test
  void aBlindTransferToAnAgentWhoMissesFallsBackToTheQueue() {
    f.ready("bob", "support");
    f.centre.transferToAgent("c1", "bob");
    f.advance(15);
    assertThat(f.routing("bob")).isEqualTo(RoutingState.NOT_RESPONDING);
    assertThat(f.centre.snapshot().waiting().get("sales")).containsExactly("c1");
  }

  @Test
  void aTransferToABusyAgentIsRefusedAndChangesNothing() {
    f.centre.login("bob", java.util.Set.of("sales"));
    assertThatThrownBy(() -> f.centre.transferToAgent("c1", "bob"))
        .isInstanceOf(WrongStateException.class)
        .hasMessageContaining("not available");
    assertThatThrownBy(() -> f.centre.consultAgent("c1", "bob"))
        .isInstanceOf(WrongStateException.class);
    assertThat(f.interaction("c1").legs()).hasSize(1);
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.CONNECTED);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.CONNECTED);
    assertThatThrownBy(() -> f.centre.transferToQueue("c1", "vip"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void consultTransferToAQueueHoldsTheCustomerThenCompletes() {
    f.centre.consultQueue("c1", "support");
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.HELD);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.HELD);

    f.ready("bob", "support");
    OfferInfo offer = f.answer("bob");
    assertThat(offer.consult()).isTrue();
    keepsDataAndNotes(offer.interaction());
    assertThat(f.routing("ann")).isEqualTo(RoutingState.HELD);

    Interaction c1 = f.centre.completeTransfer("c1");

    assertThat(c1.status()).isEqualTo(InteractionStatus.CONNECTED);
    assertThat(c1.agent()).isEqualTo("bob");
    assertThat(c1.queue()).isEqualTo("support");
    assertThat(c1.legs().get(0).outcome()).isEqualTo(LegOutcome.TRANSFERRED);
    assertThat(c1.legs().get(0).holds())
        .singleElement()
        .satisfies(h -> assertThat(h.resumed()).isNotNull());
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    assertThat(f.routing("bob")).isEqualTo(RoutingState.CONNECTED);
  }

  @Test
  void consultTransferToAnAgentCanBeCancelled() {
    f.ready("bob", "support");
    f.centre.consultAgent("c1", "bob");
    f.answer("bob");

    Interaction c1 = f.centre.cancelTransfer("c1");

    assertThat(c1.status()).isEqualTo(InteractionStatus.CONNECTED);
    assertThat(c1.agent()).isEqualTo("ann");
    assertThat(c1.legs().get(1).outcome()).isEqualTo(LegOutcome.CANCELLED);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.CONNECTED);
    assertThat(f.routing("bob")).isEqualTo(RoutingState.IDLE);
    keepsDataAndNotes(c1);
  }

  @Test
  void aConsultCannotBeCompletedBeforeTheTargetAnswers() {
    f.centre.consultQueue("c1", "support");
    assertThatThrownBy(() -> f.centre.completeTransfer("c1"))
        .isInstanceOf(WrongStateException.class);
    f.centre.cancelTransfer("c1");
    assertThat(f.centre.snapshot().waiting().get("support")).isEmpty();
    assertThat(f.routing("ann")).isEqualTo(RoutingState.CONNECTED);
  }

  @Test
  void aConsultToAnAgentWhoMissesIsCancelledAndTheCustomerStaysHeld() {
    f.ready("bob", "support");
    f.centre.consultAgent("c1", "bob");
    f.advance(15);

    Interaction c1 = f.interaction("c1");
    assertThat(c1.legs().get(1).outcome()).isEqualTo(LegOutcome.CANCELLED);
    assertThat(c1.status()).isEqualTo(InteractionStatus.HELD);
    assertThat(f.centre.snapshot().waiting().get("sales")).isEmpty();
    f.centre.resumed("c1");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.CONNECTED);
  }

  @Test
  void theCustomerHangingUpDuringAConsultEndsBothSides() {
    f.ready("bob", "support");
    f.centre.consultAgent("c1", "bob");
    f.answer("bob");

    f.centre.callEnded("c1");

    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    assertThat(f.routing("bob")).isEqualTo(RoutingState.IDLE);
    assertThat(f.interaction("c1").legs().get(1).outcome()).isEqualTo(LegOutcome.CANCELLED);
    f.centre.submitWrapUp("ann", "c1", "RESOLVED", "", List.of());
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.DONE);
  }

  @Test
  void aConsultWithAnOutsideNumberHoldsTheCustomerWhileTheNumberRings() {
    Interaction c1 = f.centre.consultOutside("c1", "+15550100");

    assertThat(c1.status()).isEqualTo(InteractionStatus.HELD);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.HELD);
    assertThat(c1.agent()).isEqualTo("ann");
    Leg consult = c1.openConsult().orElseThrow();
    assertThat(consult.number()).isEqualTo("+15550100");
    assertThat(consult.agent()).isNull();
    assertThat(consult.consult()).isTrue();
    assertThat(consult.direct()).isTrue();
    assertThat(consult.queue()).isEqualTo("sales");
    assertThat(consult.answered()).isNull();
    assertThat(f.centre.snapshot().waiting().get("sales")).as("nothing to route").isEmpty();
    assertThatThrownBy(() -> f.centre.consultOutside("c1", "+15550101"))
        .isInstanceOf(WrongStateException.class)
        .hasMessageContaining("consult open");

    f.advance(5);
    Interaction answered = f.centre.outsideConsultAnswered("c1");

    assertThat(answered.openConsult().orElseThrow().answered()).isEqualTo(f.clock.instant());
    assertThat(answered.status()).isEqualTo(InteractionStatus.HELD);
    assertThatThrownBy(() -> f.centre.outsideConsultAnswered("c1"))
        .isInstanceOf(WrongStateException.class);
  }

  @Test
  void completingAnAnsweredOutsideConsultEndsTheInteractionAsTransferredOut() {
    f.centre.consultOutside("c1", "+15550100");
    f.centre.outsideConsultAnswered("c1");

    Interaction c1 = f.centre.completeTransfer("c1");

    assertThat(c1.status()).isEqualTo(InteractionStatus.WRAP_UP);
    assertThat(c1.endReason()).isEqualTo(EndReason.TRANSFERRED_OUT);
    assertThat(c1.ended()).isNotNull();
    assertThat(c1.openConsult()).isEmpty();
    assertThat(c1.legs())
        .extracting(Leg::outcome)
        .containsExactly(LegOutcome.TRANSFERRED, LegOutcome.TRANSFERRED);
    assertThat(c1.legs().get(1).ended()).isNotNull();
    assertThat(c1.legs().get(0).holds())
        .singleElement()
        .satisfies(h -> assertThat(h.resumed()).isNotNull());
    assertThat(c1.attached()).containsEntry("account", "42");
    assertThat(c1.notes())
        .extracting(Note::text)
        .containsExactly("wants a refund", "transferred to the outside number +15550100");
    assertThat(c1.notes().get(1).author()).isEqualTo("ann");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    assertThatThrownBy(() -> f.centre.callEnded("c1")).isInstanceOf(WrongStateException.class);

    f.centre.submitWrapUp("ann", "c1", "RESOLVED", "sent to the branch", List.of());
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.DONE);
  }

  @Test
  void cancellingAnOutsideConsultReturnsTheAgentToTheCustomer() {
    f.centre.consultOutside("c1", "+15550100");
    f.centre.outsideConsultAnswered("c1");

    Interaction c1 = f.centre.cancelTransfer("c1");

    assertThat(c1.status()).isEqualTo(InteractionStatus.CONNECTED);
    assertThat(c1.agent()).isEqualTo("ann");
    assertThat(c1.openConsult()).isEmpty();
    assertThat(c1.legs().get(1).outcome()).isEqualTo(LegOutcome.CANCELLED);
    assertThat(c1.endReason()).isNull();
    assertThat(f.routing("ann")).isEqualTo(RoutingState.CONNECTED);
    keepsDataAndNotes(c1);
  }

  @Test
  void anOutsideConsultCannotBeCompletedBeforeTheNumberAnswers() {
    f.centre.consultOutside("c1", "+15550100");

    assertThatThrownBy(() -> f.centre.completeTransfer("c1"))
        .isInstanceOf(WrongStateException.class)
        .hasMessageContaining("no answered consult");

    Interaction c1 = f.interaction("c1");
    assertThat(c1.status()).isEqualTo(InteractionStatus.HELD);
    assertThat(c1.endReason()).isNull();
    assertThat(c1.openConsult()).isPresent();
    assertThat(f.routing("ann")).isEqualTo(RoutingState.HELD);
  }
}
