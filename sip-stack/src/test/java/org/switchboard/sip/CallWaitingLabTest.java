package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.testkit.Lab;

/** Call waiting: baresip b calls the agent while it talks to baresip a. */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CallWaitingLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static CallId answerNext(AgentRig rig) throws Exception {
    CallId id = rig.events.awaitCall(CallEvent.Incoming.class, WAIT).callId();
    rig.agent.answer(id).get(5, TimeUnit.SECONDS);
    rig.events.awaitCall(CallEvent.Answered.class, WAIT);
    return id;
  }

  private static MediaDirection direction(AgentRig rig, CallId call) {
    return rig.media.session(call).negotiated().direction();
  }

  @Test
  void aSecondCallRingsWhileOneIsUpAndCanBeRejected() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "3080", 16242, FakeMediaEngine.withTelephoneEvents());
        BaresipCall a = new BaresipCall(lab.peerA());
        BaresipCall b = new BaresipCall(lab.peerB())) {
      a.control.dial("sip:3080@" + lab.sipDomain());
      CallId first = answerNext(rig);
      a.control.awaitEvent("CALL_ESTABLISHED", WAIT);

      b.control.dial("sip:3080@" + lab.sipDomain());
      CallEvent.Incoming waiting = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      assertThat(waiting.callId()).isNotEqualTo(first);
      rig.agent.reject(waiting.callId(), false).get(5, TimeUnit.SECONDS);

      b.control.awaitEvent("CALL_CLOSED", WAIT);
      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.callId()).isEqualTo(waiting.callId());
      assertThat(ended.sipStatus()).isEqualTo(486);
      assertThat(a.control.activeCalls()).isEqualTo(1);
      rig.agent.hangup(first).get(5, TimeUnit.SECONDS);
      a.control.awaitEvent("CALL_CLOSED", WAIT);
    }
  }

  @Test
  void holdingOneCallToAnswerTheOtherAndSwappingBack() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "3119", 16243, FakeMediaEngine.withTelephoneEvents());
        BaresipCall a = new BaresipCall(lab.peerA());
        BaresipCall b = new BaresipCall(lab.peerB())) {
      a.control.dial("sip:3119@" + lab.sipDomain());
      CallId first = answerNext(rig);
      a.control.awaitEvent("CALL_ESTABLISHED", WAIT);

      b.control.dial("sip:3119@" + lab.sipDomain());
      CallId second = rig.events.awaitCall(CallEvent.Incoming.class, WAIT).callId();
      rig.agent.hold(first).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side()).isEqualTo(HoldSide.LOCAL);
      rig.agent.answer(second).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      b.control.awaitEvent("CALL_ESTABLISHED", WAIT);
      assertThat(direction(rig, first)).isEqualTo(MediaDirection.SENDONLY);
      assertThat(direction(rig, second)).isEqualTo(MediaDirection.SENDRECV);

      rig.agent.hold(second).get(5, TimeUnit.SECONDS);
      CallEvent.Held held = rig.events.awaitCall(CallEvent.Held.class, WAIT);
      assertThat(held.callId()).isEqualTo(second);
      rig.agent.resume(first).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Resumed.class, WAIT).callId()).isEqualTo(first);
      assertThat(direction(rig, first)).isEqualTo(MediaDirection.SENDRECV);
      assertThat(direction(rig, second)).isEqualTo(MediaDirection.SENDONLY);

      rig.agent.hangup(second).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.LOCAL_HANGUP);
      b.control.awaitEvent("CALL_CLOSED", WAIT);
      rig.agent.hangup(first).get(5, TimeUnit.SECONDS);
      a.control.awaitEvent("CALL_CLOSED", WAIT);
    }
  }
}
