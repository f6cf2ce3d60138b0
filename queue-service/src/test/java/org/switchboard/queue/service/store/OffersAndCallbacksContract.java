package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class OffersAndCallbacksContract extends StoreContract {
  @SuppressWarnings("NullAway.Init")
  Interactions interactions;

  @SuppressWarnings("NullAway.Init")
  Offers offers;

  @SuppressWarnings("NullAway.Init")
  CallbackRequests callbacks;

  @BeforeEach
  void repositories() {
    interactions = new Interactions(database);
    offers = new Offers(database);
    callbacks = new CallbackRequests(database);
    interactions.create(NewInteraction.voice("i1", "+4930111", "+4940999", "main", at(0)));
    interactions.enqueue("i1", "sales", at(5));
  }

  @Test
  void anOfferKeepsItsFirstOutcomeOnly() {
    offers.create(OfferRecord.open("o1", "i1", "ada", at(10), at(25)));

    assertThat(offers.find("o1").orElseThrow())
        .isEqualTo(OfferRecord.open("o1", "i1", "ada", at(10), at(25)));
    assertThat(offers.settle("o1", OfferRecord.Outcome.MISSED, at(25))).isTrue();
    assertThat(offers.settle("o1", OfferRecord.Outcome.ACCEPTED, at(26))).isFalse();
    assertThat(offers.find("o1").orElseThrow())
        .isEqualTo(
            new OfferRecord("o1", "i1", "ada", at(10), at(25), OfferRecord.Outcome.MISSED, at(25)));
  }

  @Test
  void aMissedOfferAndTheNextOneAreBothKeptAndTheFirstOfferTimeStays() {
    offers.create(OfferRecord.open("o1", "i1", "ada", at(10), at(25)));
    offers.settle("o1", OfferRecord.Outcome.MISSED, at(25));
    offers.create(OfferRecord.open("o2", "i1", "bob", at(26), at(41)));
    offers.settle("o2", OfferRecord.Outcome.ACCEPTED, at(30));

    assertThat(offers.forInteraction("i1"))
        .extracting(OfferRecord::agent, OfferRecord::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ada", OfferRecord.Outcome.MISSED),
            org.assertj.core.groups.Tuple.tuple("bob", OfferRecord.Outcome.ACCEPTED));
    Interaction call = interactions.find("i1").orElseThrow();
    assertThat(call.times().offered()).isEqualTo(at(10));
    assertThat(call.currentLeg().orElseThrow().offered()).isEqualTo(at(10));
  }

  @Test
  void settlingAnUnknownOfferIsAnErrorNamingIt() {
    assertThat(offers.find("nope")).isEmpty();
    assertThatThrownBy(() -> offers.settle("nope", OfferRecord.Outcome.REJECTED, at(1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void callbackRequestsAreRecordedWithTheirQueueAndNumber() {
    interactions.create(NewInteraction.voice("i2", "+4930222", "+4940999", "main", at(1)));
    CallbackRequest first = callbacks.record("i1", "+4930111", "sales", at(40));
    CallbackRequest second = callbacks.record("i2", "+4930999", "support", at(50));

    assertThat(first.id()).isPositive();
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(callbacks.since(at(0))).containsExactly(first, second);
    assertThat(callbacks.since(at(45))).containsExactly(second);
  }

  @Test
  void aCallbackRequestNeedsAKnownInteraction() {
    assertThatThrownBy(() -> callbacks.record("ghost", "+1", "sales", at(1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("ghost");
  }
}
