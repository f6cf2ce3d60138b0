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
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.Lab;

/** A Switchboard agent calls out through Kamailio (which challenges the INVITE with 407). */
@Tag("lab")
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class OutboundCallLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void dialsBaresipWhichAnswersAndTheAgentHangsUp() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "1006", 15067, FakeMediaEngine.withTelephoneEvents());
        BaresipCall peer = new BaresipCall(lab.peerB())) {
      CallId call = rig.agent.dial("2002").get(5, TimeUnit.SECONDS);

      CallEvent.Dialing dialing = rig.events.awaitCall(CallEvent.Dialing.class, WAIT);
      assertThat(dialing.callee().uri()).isEqualTo("sip:2002@" + lab.sipDomain());
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      peer.control.awaitEvent("CALL_ESTABLISHED", WAIT);
      NegotiatedMedia media = rig.media.session(call).started.get(0);
      assertThat(media.codec().sameFormat(AudioCodec.PCMU)).isTrue();
      assertThat(media.direction()).isEqualTo(MediaDirection.SENDRECV);

      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.LOCAL_HANGUP);
      peer.control.awaitEvent("CALL_CLOSED", WAIT);
      rig.events.assertAllOnSipEvents();
    }
  }

  @Test
  void baresipHangsUpACallTheAgentMade() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "1007", 15068, FakeMediaEngine.withTelephoneEvents());
        BaresipCall peer = new BaresipCall(lab.peerB())) {
      CallId call = rig.agent.dial("sip:2002@" + lab.sipDomain()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      peer.control.awaitEvent("CALL_ESTABLISHED", WAIT);

      peer.control.hangup();

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.callId()).isEqualTo(call);
      assertThat(ended.reason()).isEqualTo(EndReason.REMOTE_HANGUP);
      assertThat(rig.media.session(call).closed).isTrue();
    }
  }

  @Test
  void hangingUpBeforeTheAnswerCancelsOnBothSides() throws Exception {
    try (AgentRig caller =
            AgentRig.registered(lab, "1008", 15069, FakeMediaEngine.withTelephoneEvents());
        AgentRig callee =
            AgentRig.registered(lab, "1009", 15070, FakeMediaEngine.withTelephoneEvents())) {
      CallId call = caller.agent.dial("1009").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = callee.events.awaitCall(CallEvent.Incoming.class, WAIT);
      assertThat(incoming.caller().phoneNumber()).isPresent();
      caller.events.awaitCall(CallEvent.RemoteRinging.class, WAIT);

      caller.agent.hangup(call).get(5, TimeUnit.SECONDS);

      assertThat(caller.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.CANCELLED);
      CallEvent.Ended calleeEnded = callee.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(calleeEnded.reason()).isEqualTo(EndReason.CALLER_CANCELLED);
      assertThat(calleeEnded.callId()).isEqualTo(incoming.callId());
    }
  }

  @Test
  void aRejectedCallEndsAsBusyForTheCaller() throws Exception {
    try (AgentRig caller =
            AgentRig.registered(lab, "1018", 15078, FakeMediaEngine.withTelephoneEvents());
        AgentRig callee =
            AgentRig.registered(lab, "1019", 15079, FakeMediaEngine.withTelephoneEvents())) {
      caller.agent.dial("1019").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = callee.events.awaitCall(CallEvent.Incoming.class, WAIT);

      callee.agent.reject(incoming.callId(), false).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = caller.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.BUSY);
      assertThat(ended.sipStatus()).isEqualTo(486);
    }
  }

  @Test
  void callingAUserWithNoBindingEndsAsUnavailable() throws Exception {
    try (AgentRig rig =
        AgentRig.registered(lab, "1014", 15073, FakeMediaEngine.withTelephoneEvents())) {
      rig.agent.dial("2009").get(5, TimeUnit.SECONDS); // a lab user nobody registers

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.UNAVAILABLE);
      assertThat(ended.sipStatus()).isEqualTo(480);
    }
  }

  @Test
  void callingAnUnknownUserEndsAsUnavailable() throws Exception {
    try (AgentRig rig =
        AgentRig.registered(lab, "1032", 15091, FakeMediaEngine.withTelephoneEvents())) {
      rig.agent.dial("1999").get(5, TimeUnit.SECONDS); // no such subscriber

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.UNAVAILABLE);
      assertThat(ended.sipStatus()).isEqualTo(404);
    }
  }
}
