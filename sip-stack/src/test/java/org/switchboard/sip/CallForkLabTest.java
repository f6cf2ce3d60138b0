package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.testkit.Lab;

/** Kamailio forks the agent's INVITE to two bindings of one user, and both answer. */
@Tag("lab")
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class CallForkLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void whenTwoForksAnswerTheFirstIsKeptAndTheSecondAckedAndHungUp() throws Exception {
    try (AgentRig caller =
            AgentRig.registered(lab, "3092", 16212, FakeMediaEngine.withTelephoneEvents());
        AgentRig first =
            AgentRig.registered(lab, "3093", 16213, FakeMediaEngine.withTelephoneEvents());
        FakeMediaEngine secondMedia = FakeMediaEngine.withTelephoneEvents();
        SipUserAgent secondAgent =
            LabAgents.start(LabAgents.account(lab, "3093", SipTransport.UDP), 16214, secondMedia)) {
      EventRecorder second = EventRecorder.on(secondAgent);
      secondAgent.register().get(10, TimeUnit.SECONDS); // a second binding of 3093
      assertThat(lab.kamailio().contactsOf("3093")).hasSize(2);

      CallId call = caller.agent.dial("3093").get(5, TimeUnit.SECONDS);
      CallId atFirst = first.events.awaitCall(CallEvent.Incoming.class, WAIT).callId();
      CallId atSecond = second.awaitCall(CallEvent.Incoming.class, WAIT).callId();
      CompletableFuture<Void> a = first.agent.answer(atFirst);
      CompletableFuture<Void> b = secondAgent.answer(atSecond);
      a.get(5, TimeUnit.SECONDS);
      b.get(5, TimeUnit.SECONDS);

      caller.events.awaitCall(CallEvent.Answered.class, WAIT);
      first.events.awaitCall(CallEvent.Answered.class, WAIT);
      second.awaitCall(CallEvent.Answered.class, WAIT);
      // Whichever answer reached the caller second is ACKed and hung up; the other call stays.
      EventRecorder hungUp = awaitOneEnded(first.events, second);
      EventRecorder kept = hungUp == second ? first.events : second;
      assertThat(kept.all).noneMatch(CallEvent.Ended.class::isInstance);

      caller.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(kept.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.REMOTE_HANGUP);
      assertThat(caller.events.all).filteredOn(CallEvent.Answered.class::isInstance).hasSize(1);
    }
  }

  /** The one of {@code a} and {@code b} that reports a remote hang-up within the wait. */
  private static EventRecorder awaitOneEnded(EventRecorder a, EventRecorder b)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (EventRecorder r : new EventRecorder[] {a, b}) {
        if (r.all.stream()
            .anyMatch(
                e ->
                    e instanceof CallEvent.Ended ended
                        && ended.reason() == EndReason.REMOTE_HANGUP)) {
          return r;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("neither fork was hung up: " + a.all + " / " + b.all);
  }
}
