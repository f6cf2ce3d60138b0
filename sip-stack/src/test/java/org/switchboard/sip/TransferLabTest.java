package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;

/**
 * Blind and attended transfers between agents of ours and baresip through Kamailio: every role
 * (transferor, transferee, target), success and failure.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransferLabTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  static AgentRig agent(Lab lab, String user, int port) throws Exception {
    return AgentRig.registered(
        lab,
        LabAgents.account(lab, user, SipTransport.UDP)
            .withOptions(SipAccountOptions.defaults().withDirectCallsAllowed(true)),
        port,
        SipTimings.defaults().withTransferOutcomeBound(Duration.ofSeconds(3)),
        FakeMediaEngine.withTelephoneEvents());
  }

  /** {@code caller} calls {@code callee}'s user, which answers; returns the caller's call id. */
  static CallId connect(AgentRig caller, AgentRig callee, String calleeUser) throws Exception {
    CallId call = caller.agent.dial(calleeUser).get(5, TimeUnit.SECONDS);
    CallEvent.Incoming incoming = callee.events.awaitCall(CallEvent.Incoming.class, WAIT);
    callee.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
    caller.events.awaitCall(CallEvent.Answered.class, WAIT);
    callee.events.awaitCall(CallEvent.Answered.class, WAIT);
    return call;
  }

  /** The first call offered to {@code rig}. */
  static CallId incomingCall(AgentRig rig) {
    return rig.events.all.stream()
        .filter(CallEvent.Incoming.class::isInstance)
        .map(e -> ((CallEvent.Incoming) e).callId())
        .findFirst()
        .orElseThrow();
  }

  static CallEvent.TransferProgress finalProgress(AgentRig rig) {
    CallEvent.TransferProgress progress;
    do {
      progress = rig.events.awaitCall(CallEvent.TransferProgress.class, WAIT);
    } while (progress.status() < 200);
    return progress;
  }

  @Test
  void agentAsTransfereeCallsTheTargetReportsSipfragAndLeavesTheTransferor() throws Exception {
    try (AgentRig transferor = agent(lab, "3122", 16304);
        AgentRig transferee = agent(lab, "3123", 16306);
        BaresipCall target = new BaresipCall(lab.peerB())) {
      CallId call = connect(transferor, transferee, "3123");

      transferor.agent.transfer(call, "2002").get(5, TimeUnit.SECONDS);

      CallEvent.TransferRequested requested =
          transferee.events.awaitCall(CallEvent.TransferRequested.class, WAIT);
      CallEvent.Replaced replaced = transferee.events.awaitCall(CallEvent.Replaced.class, WAIT);
      assertThat(replaced.replacement()).isEqualTo(requested.newCall());
      target.control.awaitEvent("CALL_ESTABLISHED", WAIT);
      assertThat(transferor.events.awaitCall(CallEvent.TransferProgress.class, WAIT).status())
          .isEqualTo(100);
      assertThat(finalProgress(transferor).status()).isEqualTo(200);
      assertThat(transferor.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.LOCAL_HANGUP);
      assertThat(transferee.events.awaitCall(CallEvent.Ended.class, WAIT).callId())
          .isEqualTo(replaced.callId());

      transferee.agent.hangup(requested.newCall()).get(5, TimeUnit.SECONDS);
      target.control.awaitEvent("CALL_CLOSED", WAIT);
    }
  }

  @Test
  void baresipTransferringTheAgentMakesItCallTheTargetAndDropTheOldCall() throws Exception {
    try (AgentRig rig = agent(lab, "3121", 16301);
        BaresipCall transferor = new BaresipCall(lab.peerA());
        BaresipCall target = new BaresipCall(lab.peerB())) {
      transferor.control.dial("sip:3121@" + lab.sipDomain());
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      transferor.control.awaitEvent("CALL_ESTABLISHED", WAIT);

      transferor.control.command("transfer", "sip:2002@" + lab.sipDomain());

      CallEvent.TransferRequested requested =
          rig.events.awaitCall(CallEvent.TransferRequested.class, WAIT);
      assertThat(requested.callId()).isEqualTo(incoming.callId());
      target.control.awaitEvent("CALL_ESTABLISHED", WAIT);
      assertThat(rig.events.awaitCall(CallEvent.Replaced.class, WAIT).replacement())
          .isEqualTo(requested.newCall());
      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).callId())
          .isEqualTo(incoming.callId());
      transferor.control.awaitEvent("CALL_CLOSED", WAIT);

      rig.agent.hangup(requested.newCall()).get(5, TimeUnit.SECONDS);
      target.control.awaitEvent("CALL_CLOSED", WAIT);
    }
  }

  @Test
  void aTargetThatCannotBeReachedReturnsTheCallToBothAgents() throws Exception {
    lab.kamailio().clearBindings("3159");
    try (AgentRig transferor = agent(lab, "3124", 16308);
        AgentRig transferee = agent(lab, "3125", 16310)) {
      CallId call = connect(transferor, transferee, "3125");
      CallId transfereeCall = incomingCall(transferee);

      transferor.agent.transfer(call, "3159").get(5, TimeUnit.SECONDS);

      CallEvent.TransferFailed atTransferor =
          transferor.events.awaitCall(CallEvent.TransferFailed.class, WAIT);
      assertThat(atTransferor.status()).isEqualTo(480);
      CallEvent.TransferFailed atTransferee =
          transferee.events.awaitCall(CallEvent.TransferFailed.class, WAIT);
      assertThat(atTransferee.status()).isEqualTo(480);

      // The original call is still up: hanging it up reaches the other agent.
      transferor.agent.hangup(call).get(5, TimeUnit.SECONDS);
      CallEvent.Ended ended;
      do {
        ended = transferee.events.awaitCall(CallEvent.Ended.class, WAIT);
      } while (!ended.callId().equals(transfereeCall));
      assertThat(ended.reason()).isEqualTo(EndReason.REMOTE_HANGUP);
    }
  }

  @Test
  void blindTransferOfAHeldCallThatFailsResumesIt() throws Exception {
    lab.kamailio().clearBindings("3158");
    try (AgentRig rig = agent(lab, "3126", 16312);
        BaresipCall transferee = new BaresipCall(lab.peerA())) {
      CallId call = rig.agent.dial("2001").get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      transferee.control.awaitEvent("CALL_ESTABLISHED", WAIT);
      rig.agent.hold(call).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side()).isEqualTo(HoldSide.LOCAL);

      rig.agent.transfer(call, "3158").get(5, TimeUnit.SECONDS);

      CallEvent.TransferFailed failed = rig.events.awaitCall(CallEvent.TransferFailed.class, WAIT);
      assertThat(failed.callId()).isEqualTo(call);
      assertThat(failed.status()).isGreaterThanOrEqualTo(400);
      assertThat(rig.events.awaitCall(CallEvent.Resumed.class, WAIT).callId()).isEqualTo(call);
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      transferee.control.awaitEvent("CALL_CLOSED", WAIT);
    }
  }

  @Test
  void attendedTransferJoinsTransfereeAndTargetAndReplacesTheConsultation() throws Exception {
    try (AgentRig transferor = agent(lab, "3127", 16314);
        AgentRig transferee = agent(lab, "3128", 16316);
        AgentRig target = agent(lab, "3129", 16318)) {
      CallId original = connect(transferor, transferee, "3128");
      transferor.agent.hold(original).get(5, TimeUnit.SECONDS);
      transferor.events.awaitCall(CallEvent.Held.class, WAIT);
      CallId consult = connect(transferor, target, "3129");
      CallId targetOld = incomingCall(target);

      transferor.agent.attendedTransfer(original, consult).get(5, TimeUnit.SECONDS);

      CallEvent.TransferRequested requested =
          transferee.events.awaitCall(CallEvent.TransferRequested.class, WAIT);
      CallEvent.Replaced atTarget = target.events.awaitCall(CallEvent.Replaced.class, WAIT);
      assertThat(atTarget.callId()).isEqualTo(targetOld);
      assertThat(transferee.events.awaitCall(CallEvent.Replaced.class, WAIT).replacement())
          .isEqualTo(requested.newCall());
      assertThat(finalProgress(transferor).status()).isEqualTo(200);
      // Both of the transferor's calls end: the consultation by the target's BYE, the original
      // by its own BYE after the NOTIFY.
      // (Either may end first, and awaiting the progress above may have passed an Ended by.)
      awaitEnded(transferor.events, original);
      awaitEnded(transferor.events, consult);

      // Transferee and target now talk to each other.
      transferee.agent.hangup(requested.newCall()).get(5, TimeUnit.SECONDS);
      CallEvent.Ended atTargetEnd;
      do {
        atTargetEnd = target.events.awaitCall(CallEvent.Ended.class, WAIT);
      } while (atTargetEnd.callId().equals(targetOld));
      assertThat(atTargetEnd.callId()).isEqualTo(atTarget.replacement());
      assertThat(atTargetEnd.reason()).isEqualTo(EndReason.REMOTE_HANGUP);
    }
  }

  /** Waits until {@code events} holds an {@code Ended} for {@code call}. */
  private static void awaitEnded(EventRecorder events, CallId call) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (events.all.stream()
        .noneMatch(e -> e instanceof CallEvent.Ended ended && ended.callId().equals(call))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("call " + call + " did not end: " + events.all);
      }
      Thread.sleep(20);
    }
  }
}
