package org.switchboard.queue.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.centre.OfferInfo;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.store.AgentState;
import org.switchboard.queue.service.store.AgentStates;
import org.switchboard.queue.service.store.CallbackRequest;
import org.switchboard.queue.service.store.CallbackRequests;
import org.switchboard.queue.service.store.Interaction;
import org.switchboard.queue.service.store.OfferRecord;
import org.switchboard.queue.service.store.Offers;
import org.switchboard.queue.service.store.WrapUpEntry;

abstract class CallRecordsContract extends PersistenceContract {
  @Test
  void aCallsWholeLifeLeavesEveryRawTimestamp() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    OfferInfo missed = f.offerTo("ann");
    f.advance(15);
    f.ready("bob", "sales");
    f.advance(5);
    OfferInfo accepted = f.answer("bob");
    f.advance(5);
    f.centre.held("c1");
    f.advance(10);
    f.centre.resumed("c1");
    f.centre.addNote("c1", "bob", "wants a refund");
    f.advance(15);
    f.centre.callEnded("c1");
    f.advance(3);
    f.centre.submitWrapUp("bob", "c1", "RESOLVED", "refunded", List.of("vip"));
    written();

    Interaction c1 = stored("c1");
    assertThat(c1.times())
        .isEqualTo(new Interaction.Times(T0, T0, T0, at(20), at(50), at(53), null));
    assertThat(c1.endReason()).isEqualTo("completed");
    assertThat(c1.queue()).isEqualTo("sales");
    assertThat(c1.agent()).isEqualTo("bob");
    assertThat(c1.attachedData()).isEqualTo(Map.of("account", "42"));
    assertThat(c1.legs())
        .containsExactly(
            new Interaction.Leg(
                1,
                "sales",
                "bob",
                T0,
                T0,
                at(20),
                at(50),
                "completed",
                new WrapUpEntry("RESOLVED", "refunded", List.of("vip"), at(53))));
    assertThat(c1.holds()).containsExactly(new Interaction.Hold(1, "bob", at(25), at(35)));
    assertThat(c1.notes()).containsExactly(new Interaction.Note("bob", at(35), "wants a refund"));
    assertThat(new Offers(database).forInteraction("c1"))
        .containsExactly(
            new OfferRecord(
                missed.id(), "c1", "ann", T0, at(15), OfferRecord.Outcome.MISSED, at(15)),
            new OfferRecord(
                accepted.id(), "c1", "bob", at(15), at(30), OfferRecord.Outcome.ACCEPTED, at(20)));
    assertThat(saved("ann").routingState()).isEqualTo(AgentState.RoutingState.NOT_RESPONDING);
    assertThat(saved("ann").missedOffers()).isEqualTo(1);
    assertThat(saved("bob"))
        .isEqualTo(EventPlanner.record(f.centre.agent("bob"), saved("bob").updated()));
  }

  @Test
  void overflowAndTransferEachStartALeg() {
    f.enqueue("c1", "sales");
    f.advance(30);
    f.ready("ann", "overflow");
    f.answer("ann");
    f.advance(10);
    f.centre.transferToQueue("c1", "support");
    f.ready("bob", "support");
    f.answer("bob");
    f.advance(20);
    f.centre.callEnded("c1");
    written();

    Interaction c1 = stored("c1");
    assertThat(c1.legs())
        .containsExactly(
            new Interaction.Leg(1, "sales", null, T0, null, null, at(30), "overflowed", null),
            new Interaction.Leg(
                2,
                "overflow",
                "ann",
                at(30),
                at(30),
                at(30),
                at(40),
                "transferred",
                new WrapUpEntry(null, "", List.of(), at(40))),
            new Interaction.Leg(
                3,
                "support",
                "bob",
                at(40),
                at(40),
                at(40),
                at(60),
                "completed",
                new WrapUpEntry(null, "", List.of(), at(60))));
    assertThat(c1.queue()).isEqualTo("support");
    assertThat(c1.agent()).isEqualTo("bob");
    assertThat(c1.times().answered()).isEqualTo(at(30));
    assertThat(c1.times().ended()).isEqualTo(at(60));
  }

  @Test
  void anAbandonKeepsItsTime() {
    f.enqueue("c1", "support");
    f.advance(12);
    f.centre.abandon("c1");
    written();

    Interaction c1 = stored("c1");
    assertThat(c1.times().abandoned()).isEqualTo(at(12));
    assertThat(c1.times().ended()).isEqualTo(at(12));
    assertThat(c1.endReason()).isEqualTo("abandoned");
    assertThat(c1.legs()).extracting(Interaction.Leg::endReason).containsExactly("abandoned");
  }

  @Test
  void aCallbackRequestIsRecordedAndEndsTheCall() {
    f.enqueue("c1", "support");
    f.advance(7);
    f.centre.requestCallback("c1", "+4930999");
    written();

    assertThat(new CallbackRequests(database).since(T0))
        .extracting(CallbackRequest::interaction, CallbackRequest::number, CallbackRequest::queue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", "+4930999", "support"));
    assertThat(stored("c1").endReason()).isEqualTo("callback_requested");
    assertThat(stored("c1").times().ended()).isEqualTo(at(7));
    assertThat(stored("c1").times().abandoned()).isNull();
  }

  @Test
  void everyAgentStateChangeIsSaved() {
    f.centre.login("ann", java.util.Set.of("sales", "support"));
    written();
    assertThat(saved("ann").presence()).isEqualTo(AgentState.Presence.NOT_READY);
    assertThat(saved("ann").queues()).containsExactly("sales", "support");

    f.advance(1);
    f.centre.setPresence("ann", Presence.NOT_READY, "BREAK");
    written();
    assertThat(saved("ann").reasonCode()).isEqualTo("BREAK");
    assertThat(saved("ann").updated()).isEqualTo(at(1));

    f.centre.setPresence("ann", Presence.READY, null);
    written();
    assertThat(saved("ann"))
        .isEqualTo(EventPlanner.record(f.centre.agent("ann"), saved("ann").updated()));
    assertThat(saved("ann").presence()).isEqualTo(AgentState.Presence.READY);

    f.centre.logout("ann");
    written();
    assertThat(saved("ann").presence()).isEqualTo(AgentState.Presence.OFFLINE);
    assertThat(saved("ann").queues()).isEmpty();
  }

  @Test
  void flushWaitsForEverythingQueuedSoFar() {
    int calls = 200;
    long writesBefore = writer.writes();
    long began = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      f.enqueue("c" + i, "support");
      f.centre.abandon("c" + i);
    }
    written();
    double seconds = (System.nanoTime() - began) / 1e9;
    long writes = writer.writes() - writesBefore;

    for (int i = 0; i < calls; i++) {
      assertThat(stored("c" + i).endReason()).isEqualTo("abandoned");
    }
    assertThat(writer.backlog()).isZero();
    assertThat(writer.skipped()).isZero();
    // record, first leg, end of leg, abandon: four transactions a call
    assertThat(writes).isEqualTo(4L * calls);
    org.slf4j.LoggerFactory.getLogger(getClass())
        .info(
            "{} store writes in {} ms: {} writes/s",
            writes,
            Math.round(seconds * 1000),
            Math.round(writes / seconds));
  }

  /** A slow database (a row locked by another transaction) holds the writer, not the centre. */
  @Test
  void aSlowDatabaseHoldsTheWriterNotTheCentre() throws Exception {
    f.centre.login("ann", java.util.Set.of("sales"));
    written();
    try (Connection blocker = database.dataSource().getConnection()) {
      blocker.setAutoCommit(false);
      blocker
          .createStatement()
          .executeUpdate("UPDATE agent_states SET missed_offers = 0 WHERE agent_id = 'ann'");

      f.centre.setPresence("ann", Presence.READY, null);
      f.enqueue("c1", "sales");
      f.answer("ann");
      f.centre.callEnded("c1");

      assertThat(writer.flush(java.time.Duration.ofMillis(300))).isFalse();
      blocker.commit();
    }
    written();
    assertThat(stored("c1").times().ended()).isEqualTo(T0);
    assertThat(saved("ann"))
        .isEqualTo(EventPlanner.record(f.centre.agent("ann"), saved("ann").updated()));
    assertThat(writer.skipped()).isZero();
  }

  AgentState saved(String agent) {
    return new AgentStates(database).load(agent).orElseThrow();
  }
}
