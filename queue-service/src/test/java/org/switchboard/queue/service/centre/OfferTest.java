package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.queue.service.centre.CentreFixture.OFFER_TIMEOUT;
import static org.switchboard.queue.service.centre.CentreFixture.queue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.ReasonCode;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Strategy;

class OfferTest {
  private final CentreFixture f = new CentreFixture(queue("sales"));

  @Test
  void aReadyAgentIsOfferedAWaitingCallWithItsAttachedDataAndExpiry() {
    f.enqueue("c1", "sales");
    assertThat(f.offersMade()).isEmpty();
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.WAITING);

    f.ready("ann", "sales");

    OfferInfo offer = f.offerTo("ann");
    assertThat(offer.interaction().id()).isEqualTo("c1");
    assertThat(offer.interaction().attached()).containsEntry("account", "42");
    assertThat(offer.interaction().ani()).isEqualTo("+4930123456");
    assertThat(offer.expires()).isEqualTo(offer.made().plus(OFFER_TIMEOUT));
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.OFFERED);
    assertThat(f.interaction("c1").lastLeg().offered()).isEqualTo(CentreFixture.T0);
  }

  @Test
  void answeringConnectsAndRecordsTheAnswerTime() {
    f.enqueue("c1", "sales");
    f.advance(5);
    f.ready("ann", "sales");
    f.advance(2);
    f.answer("ann");

    Interaction c1 = f.interaction("c1");
    assertThat(c1.status()).isEqualTo(InteractionStatus.CONNECTED);
    assertThat(c1.agent()).isEqualTo("ann");
    assertThat(c1.lastLeg().answered()).isEqualTo(CentreFixture.T0.plusSeconds(7));
    assertThat(f.offersEnded())
        .singleElement()
        .extracting(CentreEvent.OfferEnded::outcome)
        .isEqualTo(OfferOutcome.ACCEPTED);
  }

  @Test
  void aMissedOfferReturnsTheCallToTheHeadAndMarksTheAgentNotResponding() {
    f.enqueue("c1", "sales");
    f.advance(1);
    f.enqueue("c2", "sales");
    f.ready("ann", "sales");
    OfferInfo first = f.offerTo("ann");
    assertThat(first.interaction().id()).isEqualTo("c1");

    f.advance((int) OFFER_TIMEOUT.toSeconds());

    assertThat(f.offersEnded())
        .singleElement()
        .extracting(CentreEvent.OfferEnded::outcome)
        .isEqualTo(OfferOutcome.MISSED);
    AgentState ann = f.centre.agent("ann");
    assertThat(ann.routing()).isEqualTo(RoutingState.NOT_RESPONDING);
    assertThat(ann.missedInRow()).isEqualTo(1);
    assertThat(f.centre.snapshot().waiting().get("sales")).containsExactlyInAnyOrder("c1", "c2");
    assertThat(f.interaction("c1").enqueued()).isEqualTo(CentreFixture.T0);

    f.ready("bob", "sales");
    assertThat(f.offerTo("bob").interaction().id()).isEqualTo("c1");
  }

  @Test
  void settingAPresenceAgainEndsNotResponding() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.advance((int) OFFER_TIMEOUT.toSeconds());
    assertThat(f.routing("ann")).isEqualTo(RoutingState.NOT_RESPONDING);

    f.centre.setPresence("ann", Presence.READY, null);

    assertThat(f.routing("ann")).isEqualTo(RoutingState.RESERVED);
    assertThat(f.offersMade()).hasSize(2);
  }

  @Test
  void tooManyMissesInARowSetNotReadyWithReasonMissed() {
    for (int i = 0; i < 3; i++) {
      if (i == 0) {
        f.ready("ann", "sales");
        f.enqueue("c1", "sales");
      } else {
        f.centre.setPresence("ann", Presence.READY, null);
      }
      f.advance((int) OFFER_TIMEOUT.toSeconds());
    }
    AgentState ann = f.centre.agent("ann");
    assertThat(ann.presence()).isEqualTo(new PresenceChoice(Presence.NOT_READY, ReasonCode.MISSED));
    assertThat(ann.routing()).isEqualTo(RoutingState.IDLE);
    assertThat(ann.missedInRow()).isZero();
  }

  @Test
  void anAnsweredCallResetsTheMissedCount() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.advance((int) OFFER_TIMEOUT.toSeconds());
    f.centre.setPresence("ann", Presence.READY, null);
    assertThat(f.centre.agent("ann").missedInRow()).isEqualTo(1);

    f.answer("ann");

    assertThat(f.centre.agent("ann").missedInRow()).isZero();
  }

  @Test
  void aRejectedOfferGoesBackToTheHeadAndCountsAsMissed() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.centre.offerRejected(f.offerTo("ann").id(), "ann");

    assertThat(f.offersEnded())
        .singleElement()
        .extracting(CentreEvent.OfferEnded::outcome)
        .isEqualTo(OfferOutcome.REJECTED);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.NOT_RESPONDING);
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.WAITING);
  }

  @Test
  void ringAllOffersEveryReadyAgentAndTheFirstAcceptWins() {
    CentreFixture r =
        new CentreFixture(
            queue("sales", Strategy.RING_ALL, CentreFixture.wrapUp(WrapUpMode.OPTIONAL, 0, true)));
    r.ready("ann", "sales");
    r.ready("bob", "sales");
    r.ready("cid", "sales");
    r.enqueue("c1", "sales");

    OfferInfo offer = r.offerTo("ann");
    assertThat(offer.agents()).containsExactly("ann", "bob", "cid");
    r.centre.offerRinging(offer.id(), "bob");
    r.centre.offerAccepted(offer.id(), "bob");

    assertThat(r.offersEnded())
        .extracting(CentreEvent.OfferEnded::agent, CentreEvent.OfferEnded::outcome)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ann", OfferOutcome.WITHDRAWN),
            org.assertj.core.groups.Tuple.tuple("cid", OfferOutcome.WITHDRAWN),
            org.assertj.core.groups.Tuple.tuple("bob", OfferOutcome.ACCEPTED));
    assertThat(r.routing("ann")).isEqualTo(RoutingState.IDLE);
    assertThat(r.routing("bob")).isEqualTo(RoutingState.CONNECTED);
    assertThatThrownBy(() -> r.centre.offerAccepted(offer.id(), "ann"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void ringAllKeepsRingingTheOthersWhenOneRejects() {
    CentreFixture r =
        new CentreFixture(
            queue("sales", Strategy.RING_ALL, CentreFixture.wrapUp(WrapUpMode.OPTIONAL, 0, true)));
    r.ready("ann", "sales");
    r.ready("bob", "sales");
    r.enqueue("c1", "sales");
    OfferInfo offer = r.offerTo("ann");

    r.centre.offerRejected(offer.id(), "ann");
    assertThat(r.routing("bob")).isEqualTo(RoutingState.RESERVED);
    r.centre.offerAccepted(offer.id(), "bob");

    assertThat(r.interaction("c1").agent()).isEqualTo("bob");
  }

  @Test
  void theCallerHangingUpWhileOfferedWithdrawsTheOffer() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    OfferInfo offer = f.offerTo("ann");

    f.centre.abandon("c1");

    assertThat(f.offersEnded())
        .singleElement()
        .extracting(CentreEvent.OfferEnded::outcome)
        .isEqualTo(OfferOutcome.WITHDRAWN);
    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
    Interaction c1 = f.interaction("c1");
    assertThat(c1.status()).isEqualTo(InteractionStatus.DONE);
    assertThat(c1.endReason()).isEqualTo(EndReason.ABANDONED);
    assertThat(c1.lastLeg().abandoned()).isEqualTo(CentreFixture.T0);
    assertThatThrownBy(() -> f.centre.offerAccepted(offer.id(), "ann"))
        .isInstanceOf(NotFoundException.class);
    f.advance((int) OFFER_TIMEOUT.toSeconds());
    assertThat(f.routing("ann")).isEqualTo(RoutingState.IDLE);
  }

  @Test
  void anOfferToAnotherAgentIsNotTheirsToAccept() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    assertThatThrownBy(() -> f.centre.offerAccepted(f.offerTo("ann").id(), "bob"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("not open to agent bob");
  }

  @Test
  void aPresenceQueuedDuringAnOfferAppliesWhenItIsMissed() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.centre.setPresence("ann", Presence.NOT_READY, "BREAK");
    assertThat(f.centre.agent("ann").next()).isNotNull();

    f.advance((int) OFFER_TIMEOUT.toSeconds());

    AgentState ann = f.centre.agent("ann");
    assertThat(ann.presence()).isEqualTo(new PresenceChoice(Presence.NOT_READY, "BREAK"));
    assertThat(ann.routing()).isEqualTo(RoutingState.IDLE);
  }

  @Test
  void higherPriorityCallsAreOfferedFirst() {
    f.enqueue("c1", "sales");
    f.centre.enqueue(new NewCall("vip", "+1", "800", null, "sales", null, Map.of(), 5, Map.of()));
    f.ready("ann", "sales");
    assertThat(f.offerTo("ann").interaction().id()).isEqualTo("vip");
  }

  @Test
  void aMultilingualEntryPointMakesTheCallersLanguageARequiredSkill() {
    f.ready("cid", "sales");
    Interaction fa =
        f.centre.enqueue(
            new NewCall("c1", "+1", "800", "main", "sales", "fa", Map.of(), 0, Map.of()));
    Interaction en =
        f.centre.enqueue(
            new NewCall("c2", "+1", "801", "solo", "sales", "en", Map.of(), 0, Map.of()));

    assertThat(fa.requires()).containsEntry("language:fa", 1);
    assertThat(en.requires()).doesNotContainKey("language:en");
    assertThat(f.offerTo("cid").interaction().id()).isEqualTo("c2");
    f.ready("ann", "sales");
    assertThat(f.offerTo("ann").interaction().id()).isEqualTo("c1");
  }

  @Test
  void anUnknownQueueOrADuplicateIdIsRefused() {
    assertThatThrownBy(() -> f.enqueue("c1", "vip")).isInstanceOf(InvalidRequestException.class);
    f.enqueue("c1", "sales");
    assertThatThrownBy(() -> f.enqueue("c1", "sales")).isInstanceOf(WrongStateException.class);
    assertThat(f.centre.snapshot().waiting().get("sales")).containsExactly("c1");
    assertThat(f.centre.snapshot().interactions())
        .extracting(Interaction::id)
        .containsExactly("c1");
  }
}
