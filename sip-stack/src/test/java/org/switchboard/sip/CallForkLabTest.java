package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Forked answers to the agent's INVITE: Kamailio forking to two bindings of one user that both
 * answer, and sipp answering one INVITE twice with different To tags as a forking proxy relays
 * them.
 */
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
      // Whichever answer reached the caller second is ACKed and hung up; the other call stays.
      // (Kamailio may pass the losing fork's BYE on before its ACK, so only the kept call is
      // sure to report Answered.)
      EventRecorder hungUp = awaitOneEnded(first.events, second);
      EventRecorder kept = hungUp == second ? first.events : second;
      kept.awaitCall(CallEvent.Answered.class, WAIT);
      assertThat(kept.all).noneMatch(CallEvent.Ended.class::isInstance);

      caller.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(kept.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.REMOTE_HANGUP);
      assertThat(caller.events.all).filteredOn(CallEvent.Answered.class::isInstance).hasSize(1);
    }
  }

  @Test
  void twoAnswersWithDifferentTagsToOneInviteKeepTheFirstAndHangUpTheSecond() throws Exception {
    int sippPort = 16287;
    // sipp is the first hop itself (the account's registrar), so nothing between absorbs a 200.
    SipAccount account =
        LabAgents.account(lab, "3101", lab.passwordFor("3101"), sippPort, SipTransport.UDP);
    FakeMediaEngine media = FakeMediaEngine.withTelephoneEvents();
    try (Sipp sipp = SippPeer.callee(lab, "uas-forked-200s", sippPort);
        SipUserAgent agent = LabAgents.start(account, 16241, media)) {
      EventRecorder events = EventRecorder.on(agent);

      CallId call = agent.dial(SippPeer.uri(lab, sippPort)).get(5, TimeUnit.SECONDS);

      events.awaitCall(CallEvent.Answered.class, WAIT);
      SippPeer.awaitSeen(sipp, "SIPpTagB");
      // sipp checks the BYE for B's tag; the agent's call (A) is still up meanwhile.
      awaitByeFor(sipp, "SIPpTagB");
      assertThat(events.all).noneMatch(CallEvent.Ended.class::isInstance);
      assertThat(media.session(call).negotiated().remote().port())
          .as("the media of the answer kept (tag A)")
          .isEqualTo(16294);

      agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.LOCAL_HANGUP);
      SippPeer.assertPassed(sipp);
      assertThat(events.all).filteredOn(CallEvent.Answered.class::isInstance).hasSize(1);
    }
  }

  /** Waits until sipp has received a BYE whose To carries {@code tag}. */
  private static void awaitByeFor(Sipp sipp, String tag) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!byeFor(sipp.messages(), tag)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no BYE for " + tag + ":\n" + sipp.messages());
      }
      Thread.sleep(20);
    }
  }

  private static boolean byeFor(String messages, String tag) {
    for (String message : messages.split("\n(?=[A-Z]+ sip:|SIP/2.0 )")) {
      if (message.startsWith("BYE ") && message.matches("(?s).*\nTo:[^\n]*" + tag + ".*")) {
        return true;
      }
    }
    return false;
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
