package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class InteractionsContract extends StoreContract {
  @SuppressWarnings("NullAway.Init")
  Interactions interactions;

  @SuppressWarnings("NullAway.Init")
  Offers offers;

  @BeforeEach
  void repositories() {
    interactions = new Interactions(database);
    offers = new Offers(database);
  }

  private void arrive(String id) {
    interactions.create(NewInteraction.voice(id, "+4930123456", "+4940999", "sales-line", at(0)));
  }

  @Test
  void recordsTheRawTimestampsOfACallFromArrivalToWrapUp() {
    arrive("i1");
    interactions.setAttachedData("i1", Map.of("menu", "2", "account", "778812", "customer", "c-9"));
    interactions.enqueue("i1", "sales", at(10));
    offers.create(OfferRecord.open("o1", "i1", "ada", at(20), at(35)));
    interactions.answer("i1", "ada", at(25));
    interactions.setRecording("i1", "rec-1");
    interactions.hold("i1", at(30));
    interactions.resume("i1", at(40));
    interactions.addNote("i1", "ada", "wants a refund", at(45));
    assertThat(interactions.end("i1", Interactions.COMPLETED, at(60))).isTrue();
    interactions.wrapUp(
        "i1", "ada", new WrapUpEntry("REFUND", "sent form", List.of("vip"), at(90)));

    Interaction call = interactions.find("i1").orElseThrow();

    assertThat(call.channel()).isEqualTo(Interaction.VOICE);
    assertThat(call.ani()).isEqualTo("+4930123456");
    assertThat(call.dnis()).isEqualTo("+4940999");
    assertThat(call.entryPoint()).isEqualTo("sales-line");
    assertThat(call.attachedData()).containsEntry("account", "778812").hasSize(3);
    assertThat(call.times())
        .isEqualTo(new Interaction.Times(at(0), at(10), at(20), at(25), at(60), at(90), null));
    assertThat(call.queue()).isEqualTo("sales");
    assertThat(call.agent()).isEqualTo("ada");
    assertThat(call.endReason()).isEqualTo(Interactions.COMPLETED);
    assertThat(call.recordingId()).isEqualTo("rec-1");
    assertThat(call.holds()).containsExactly(new Interaction.Hold(1, "ada", at(30), at(40)));
    assertThat(call.notes()).containsExactly(new Interaction.Note("ada", at(45), "wants a refund"));
    assertThat(call.legs())
        .containsExactly(
            new Interaction.Leg(
                1,
                "sales",
                "ada",
                at(10),
                at(20),
                at(25),
                at(60),
                Interactions.COMPLETED,
                new WrapUpEntry("REFUND", "sent form", List.of("vip"), at(90))));
    assertThat(call.isOpen()).isFalse();
  }

  @Test
  void aTransferStartsANewLegAndKeepsAttachedDataAndNotesForTheNextAgent() {
    arrive("i2");
    interactions.setAttachedData("i2", Map.of("language", "fa"));
    interactions.enqueue("i2", "sales", at(10));
    interactions.answer("i2", "ada", at(20));
    interactions.addNote("i2", "ada", "billing question", at(30));
    interactions.moveTo("i2", "billing", null, Interactions.TRANSFERRED, at(40));
    offers.create(OfferRecord.open("o2", "i2", "bob", at(50), at(65)));
    interactions.answer("i2", "bob", at(55));
    interactions.wrapUp("i2", "ada", new WrapUpEntry(null, "", List.of(), at(70)));

    Interaction call = interactions.find("i2").orElseThrow();

    assertThat(call.attachedData()).containsEntry("language", "fa");
    assertThat(call.notes()).extracting(Interaction.Note::text).containsExactly("billing question");
    assertThat(call.queue()).isEqualTo("billing");
    assertThat(call.agent()).isEqualTo("bob");
    assertThat(call.times().enqueued()).isEqualTo(at(10));
    assertThat(call.times().answered()).isEqualTo(at(20));
    assertThat(call.legs()).hasSize(2);
    Interaction.Leg first = call.legs().get(0);
    assertThat(first.queue()).isEqualTo("sales");
    assertThat(first.agent()).isEqualTo("ada");
    assertThat(first.ended()).isEqualTo(at(40));
    assertThat(first.endReason()).isEqualTo(Interactions.TRANSFERRED);
    assertThat(first.wrapUp()).isEqualTo(new WrapUpEntry(null, "", List.of(), at(70)));
    Interaction.Leg second = call.currentLeg().orElseThrow();
    assertThat(second)
        .isEqualTo(
            new Interaction.Leg(2, "billing", "bob", at(40), at(50), at(55), null, null, null));
    assertThat(call.isOpen()).isTrue();
  }

  @Test
  void aTransferStraightToAnAgentKeepsTheLastQueue() {
    arrive("i3");
    interactions.enqueue("i3", "sales", at(10));
    interactions.answer("i3", "ada", at(20));
    interactions.moveTo("i3", null, "carol", Interactions.TRANSFERRED, at(30));

    Interaction call = interactions.find("i3").orElseThrow();

    assertThat(call.queue()).isEqualTo("sales");
    assertThat(call.currentLeg().orElseThrow().queue()).isNull();
    assertThat(call.currentLeg().orElseThrow().agent()).isEqualTo("carol");
    assertThatThrownBy(() -> interactions.moveTo("i3", null, null, "x", at(31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAbandonedCallRecordsItsAbandonOnceAndEndsItsLeg() {
    arrive("i4");
    interactions.enqueue("i4", "sales", at(10));

    assertThat(interactions.abandon("i4", at(50))).isTrue();
    assertThat(interactions.end("i4", Interactions.COMPLETED, at(70))).isFalse();

    Interaction call = interactions.find("i4").orElseThrow();
    assertThat(call.times().abandoned()).isEqualTo(at(50));
    assertThat(call.times().ended()).isEqualTo(at(50));
    assertThat(call.endReason()).isEqualTo(Interactions.ABANDONED);
    assertThat(call.legs().get(0).ended()).isEqualTo(at(50));
  }

  @Test
  void endingAHeldCallClosesTheHold() {
    arrive("i5");
    interactions.enqueue("i5", "sales", at(10));
    interactions.answer("i5", "ada", at(20));
    interactions.hold("i5", at(30));

    interactions.end("i5", Interactions.COMPLETED, at(40));

    assertThat(interactions.find("i5").orElseThrow().holds())
        .containsExactly(new Interaction.Hold(1, "ada", at(30), at(40)));
  }

  @Test
  void openListsTheCallsNotYetEndedOldestFirst() {
    interactions.create(NewInteraction.voice("late", "1", "2", "ep", at(5)));
    arrive("early");
    arrive("done");
    interactions.end("done", Interactions.COMPLETED, at(9));

    assertThat(interactions.open()).extracting(Interaction::id).containsExactly("early", "late");
  }

  @Test
  void anUnknownInteractionIsAnErrorNamingIt() {
    assertThat(interactions.find("nobody")).isEmpty();
    assertThatThrownBy(() -> interactions.answer("nobody", "ada", at(1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("nobody");
    assertThatThrownBy(() -> interactions.end("nobody", Interactions.COMPLETED, at(1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("nobody");
    assertThatThrownBy(() -> offers.create(OfferRecord.open("o", "nobody", "ada", at(1), at(2))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("nobody");
  }

  @Test
  void aWrapUpByAnAgentWithNoPartInTheCallIsRefused() {
    arrive("i6");
    interactions.enqueue("i6", "sales", at(10));
    interactions.answer("i6", "ada", at(20));

    assertThatThrownBy(
            () ->
                interactions.wrapUp("i6", "mallory", new WrapUpEntry(null, "", List.of(), at(30))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("mallory");
    assertThat(interactions.find("i6").orElseThrow().times().wrapUpEnded()).isNull();
  }

  @Test
  void aDuplicateInteractionIdIsRefused() {
    arrive("i7");

    assertThatThrownBy(() -> arrive("i7")).isInstanceOf(StoreException.class);
  }
}
