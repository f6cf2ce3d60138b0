package org.switchboard.queue.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.api.IdempotencyKeys;
import org.switchboard.queue.service.api.IdempotencyKeys.StoredAnswer;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.centre.PresenceChoice;
import org.switchboard.queue.service.centre.RoutingState;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.Recovery;
import org.switchboard.queue.service.store.RecoveryReport;
import org.switchboard.queue.service.store.ServiceRuns;

abstract class RestartContract extends PersistenceContract {
  private static final Duration BEAT = Duration.ofSeconds(10);

  @Test
  void afterACleanStopAgentsComeBackWithPresenceReasonAndQueues() {
    f.ready("ann", "sales");
    f.centre.login("bob", Set.of("sales", "support"));
    f.centre.setPresence("bob", Presence.NOT_READY, "BREAK");
    f.centre.login("cid", Set.of("sales"));
    f.centre.logout("cid");
    f.ready("dee", "support");
    f.enqueue("c1", "support");
    f.answer("dee");
    f.centre.setPresence("dee", Presence.NOT_READY, "BREAK"); // queued until the call ends
    Heartbeat heartbeat =
        Heartbeat.start(
            writer, new ServiceRuns(database), started.runId(), f.clock, f.timers, BEAT);

    assertThat(heartbeat.stopCleanly(BOUND)).isTrue();
    RecoveryReport report = restart();
    Restorer.Result result = Restorer.restore(f.centre, report.agents());

    assertThat(report.previousRunCrashed()).isFalse();
    assertThat(result.restored()).containsExactly("ann", "bob", "dee");
    assertThat(result.skipped()).isEmpty();
    assertThat(f.centre.agent("ann").presence())
        .isEqualTo(new PresenceChoice(Presence.READY, null));
    assertThat(f.centre.agent("ann").queues()).containsExactly("sales");
    assertThat(f.centre.agent("bob").presence())
        .isEqualTo(new PresenceChoice(Presence.NOT_READY, "BREAK"));
    assertThat(f.centre.agent("bob").queues()).containsExactlyInAnyOrder("sales", "support");
    assertThat(f.centre.agent("cid").presence().presence()).isEqualTo(Presence.OFFLINE);
    AgentState dee = f.centre.agent("dee");
    assertThat(dee.presence()).isEqualTo(new PresenceChoice(Presence.NOT_READY, "BREAK"));
    assertThat(dee.routing()).isEqualTo(RoutingState.IDLE);
    assertThat(dee.interaction()).isNull();
    written();
    assertThat(new org.switchboard.queue.service.store.AgentStates(database).load("ann"))
        .contains(EventPlanner.record(f.centre.agent("ann"), T0));
  }

  @Test
  void aCrashClosesWaitingCallsAtTheLastHeartbeatAndAgentsComeBack() {
    f.ready("ann", "sales");
    f.enqueue("c1", "support");
    Heartbeat.start(writer, new ServiceRuns(database), started.runId(), f.clock, f.timers, BEAT);
    f.advance(10);
    written();
    assertThat(new ServiceRuns(database).latest().orElseThrow().heartbeat()).isEqualTo(at(10));
    f.advance(5); // between beats: the crash comes before the next one

    RecoveryReport report = restart();
    Restorer.Result result = Restorer.restore(f.centre, report.agents());

    assertThat(report.previousRunCrashed()).isTrue();
    assertThat(report.waitingClosed()).isEqualTo(1);
    assertThat(stored("c1").endReason()).isEqualTo(Recovery.CRASHED_WAITING);
    assertThat(stored("c1").times().ended()).isEqualTo(at(10));
    assertThat(result.restored()).containsExactly("ann");
    assertThat(f.centre.agent("ann").presence().presence()).isEqualTo(Presence.READY);
    assertThat(f.centre.agent("ann").queues()).containsExactly("sales");
  }

  @Test
  void idempotencyKeysReplayTheFirstAnswerAndExposeAConflictAcrossARestart() {
    StoredAnswer first = new StoredAnswer("fp-a", 200, "{\"ok\":true}", T0);
    IdempotencyKeys keys = jdbcKeys();

    assertThat(keys.find("k1")).isEmpty();
    assertThat(keys.putIfAbsent("k1", first)).isEqualTo(first);
    assertThat(keys.putIfAbsent("k1", new StoredAnswer("fp-a", 500, "", at(1)))).isEqualTo(first);
    assertThat(keys.putIfAbsent("k1", new StoredAnswer("fp-b", 204, "", at(2))).fingerprint())
        .as("another request's key shows the first request's fingerprint: the API answers 409")
        .isEqualTo("fp-a");

    restart();
    IdempotencyKeys again = jdbcKeys();
    assertThat(again.find("k1")).contains(first);
    f.clock.advance(Duration.ofDays(1));
    assertThat(again.find("k1")).as("forgotten after a day").isEmpty();
  }

  @Test
  void aKeyClaimedButNeverAnsweredIsTakenOverByTheSameRequest() {
    new org.switchboard.queue.service.store.IdempotencyKeys(database)
        .claim(JdbcIdempotencyKeys.PRINCIPAL, "k2", "fp-a", T0);
    StoredAnswer answer = new StoredAnswer("fp-a", 201, "{}", at(1));

    assertThat(jdbcKeys().find("k2")).isEmpty();
    assertThat(jdbcKeys().putIfAbsent("k2", answer)).isEqualTo(answer);
    assertThat(jdbcKeys().find("k2").orElseThrow().status()).isEqualTo(201);
  }

  private IdempotencyKeys jdbcKeys() {
    return new JdbcIdempotencyKeys(
        new org.switchboard.queue.service.store.IdempotencyKeys(database),
        Duration.ofDays(1),
        f.clock);
  }

  /**
   * Stops this run's writer and pool without marking a stop (a clean stop marked it before), then
   * starts again as the service would: a new pool, {@link Recovery}, a fresh centre and writer.
   */
  private RecoveryReport restart() {
    writer.close(BOUND);
    database.close();
    database = Database.open(settings);
    RecoveryReport report = new Recovery(database).start(at(100));
    f = centre();
    writer = StoreWriter.start(database, f.clock, quickRetries());
    f.centre.addListener(writer);
    return report;
  }
}
