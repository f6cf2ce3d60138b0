package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.store.AgentState.Presence;
import org.switchboard.queue.service.store.AgentState.RoutingState;

abstract class RecoveryContract extends StoreContract {
  private static final AgentState ADA =
      new AgentState(
          "ada",
          Presence.READY,
          null,
          RoutingState.CONNECTED,
          null,
          null,
          List.of("sales"),
          0,
          at(0));

  @SuppressWarnings("NullAway.Init")
  Interactions interactions;

  @SuppressWarnings("NullAway.Init")
  Offers offers;

  @SuppressWarnings("NullAway.Init")
  ServiceRuns runs;

  @BeforeEach
  void repositories() {
    interactions = new Interactions(database);
    offers = new Offers(database);
    runs = new ServiceRuns(database);
  }

  /** A run in which one call is in the IVR, one queued and ringing, one talking, one finished. */
  private long runWithCallsInFlight() {
    long run = new Recovery(database).start(at(0)).runId();
    new AgentStates(database).save(ADA);
    interactions.create(NewInteraction.voice("ivr", "1", "100", "main", at(10)));
    interactions.create(NewInteraction.voice("ringing", "2", "100", "main", at(11)));
    interactions.enqueue("ringing", "sales", at(12));
    offers.create(OfferRecord.open("o1", "ringing", "bob", at(100), at(115)));
    interactions.create(NewInteraction.voice("talking", "3", "100", "main", at(13)));
    interactions.enqueue("talking", "sales", at(14));
    interactions.answer("talking", "ada", at(20));
    interactions.hold("talking", at(30));
    interactions.create(NewInteraction.voice("finished", "4", "100", "main", at(15)));
    interactions.end("finished", Interactions.COMPLETED, at(25));
    runs.heartbeat(run, at(60));
    return run;
  }

  @Test
  void theFirstStartIsNotACrash() {
    RecoveryReport report = new Recovery(database).start(at(0));

    assertThat(report.previousRunCrashed()).isFalse();
    assertThat(report.lastHeartbeat()).isNull();
    assertThat(runs.latest().orElseThrow().id()).isEqualTo(report.runId());
  }

  @Test
  void afterACleanStopNothingIsClosedAndWhatWasInFlightIsHandedBack() {
    long run = runWithCallsInFlight();
    runs.stopCleanly(run, at(200));

    RecoveryReport report = new Recovery(database).start(at(300));

    assertThat(report.previousRunCrashed()).isFalse();
    assertThat(report.waitingClosed()).isZero();
    assertThat(report.connectedClosed()).isZero();
    assertThat(report.open())
        .extracting(Interaction::id)
        .containsExactly("ivr", "ringing", "talking");
    assertThat(report.agents()).containsExactly(ADA);
    assertThat(offers.find("o1").orElseThrow().outcome()).isNull();
    assertThat(report.runId()).isNotEqualTo(run);
  }

  @Test
  void afterACrashWaitingAndConnectedCallsAreClosedWithTheirOwnReasons() {
    runWithCallsInFlight();

    RecoveryReport report = new Recovery(database).start(at(300));

    assertThat(report.previousRunCrashed()).isTrue();
    assertThat(report.lastHeartbeat()).isEqualTo(at(60));
    assertThat(report.waitingClosed()).isEqualTo(2);
    assertThat(report.connectedClosed()).isEqualTo(1);
    assertThat(report.open()).isEmpty();
    assertThat(report.agents()).containsExactly(ADA);

    Interaction ivr = interactions.find("ivr").orElseThrow();
    assertThat(ivr.endReason()).isEqualTo(Recovery.CRASHED_WAITING);
    assertThat(ivr.times().ended()).isEqualTo(at(60));
    Interaction ringing = interactions.find("ringing").orElseThrow();
    assertThat(ringing.endReason()).isEqualTo(Recovery.CRASHED_WAITING);
    // Offered after the last heartbeat: the call was alive then, so it cannot have ended before.
    assertThat(ringing.times().ended()).isEqualTo(at(100));
    assertThat(ringing.legs().get(0).ended()).isEqualTo(at(100));
    assertThat(offers.find("o1").orElseThrow().outcome()).isEqualTo(OfferRecord.Outcome.CANCELLED);
    Interaction talking = interactions.find("talking").orElseThrow();
    assertThat(talking.endReason()).isEqualTo(Recovery.CRASHED_CONNECTED);
    assertThat(talking.times().ended()).isEqualTo(at(60));
    assertThat(talking.holds().get(0).resumed()).isEqualTo(at(60));
    Interaction finished = interactions.find("finished").orElseThrow();
    assertThat(finished.endReason()).isEqualTo(Interactions.COMPLETED);
    assertThat(finished.times().ended()).isEqualTo(at(25));
  }

  @Test
  void aCrashIsRecoveredOnceAndCallsAfterItAreLeftAlone() {
    runWithCallsInFlight();
    new Recovery(database).start(at(300));
    interactions.create(NewInteraction.voice("new", "5", "100", "main", at(310)));

    RecoveryReport again = new Recovery(database).start(at(400));

    assertThat(again.previousRunCrashed()).isTrue();
    assertThat(again.waitingClosed()).isEqualTo(1);
    assertThat(interactions.find("ivr").orElseThrow().times().ended()).isEqualTo(at(60));
    assertThat(interactions.find("new").orElseThrow().times().ended()).isEqualTo(at(310));
  }

  @Test
  void aCallTransferredBackToAQueueCountsAsWaiting() {
    new Recovery(database).start(at(0));
    interactions.create(NewInteraction.voice("moved", "1", "100", "main", at(1)));
    interactions.enqueue("moved", "sales", at(2));
    interactions.answer("moved", "ada", at(3));
    interactions.moveTo("moved", "billing", null, Interactions.TRANSFERRED, at(4));

    RecoveryReport report = new Recovery(database).start(at(300));

    assertThat(report.waitingClosed()).isEqualTo(1);
    assertThat(report.connectedClosed()).isZero();
    assertThat(interactions.find("moved").orElseThrow().endReason())
        .isEqualTo(Recovery.CRASHED_WAITING);
  }
}
