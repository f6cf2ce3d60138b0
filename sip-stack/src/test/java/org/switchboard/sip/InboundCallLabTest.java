package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;

/** Baresip peer a calls a registered Switchboard agent. */
@Tag("lab")
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class InboundCallLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void baresipCallsTheAgentWhoAnswersAndHangsUp() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "1004", 15065, FakeMediaEngine.withTelephoneEvents());
        BaresipCall call = new BaresipCall(lab.peerA())) {
      SipUserAgent agent = rig.agent;
      EventRecorder events = rig.events;
      FakeMediaEngine media = rig.media;
      BaresipControl baresip = call.control;

      baresip.dial("sip:1004@" + lab.sipDomain());
      CallEvent.Incoming incoming = events.awaitCall(CallEvent.Incoming.class, WAIT);
      assertThat(incoming.caller().uri()).contains("2001");
      assertThat(incoming.caller().phoneNumber())
          .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("2001"));
      assertThat(incoming.dialled()).isEqualTo("1004");

      agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      events.awaitCall(CallEvent.Answered.class, WAIT);
      baresip.awaitEvent("CALL_ESTABLISHED", WAIT);

      NegotiatedMedia negotiated = media.session(incoming.callId()).started.get(0);
      assertThat(negotiated.codec().sameFormat(AudioCodec.PCMU)).isTrue();
      assertThat(negotiated.direction()).isEqualTo(MediaDirection.SENDRECV);
      assertThat(negotiated.remote().address()).isEqualTo(lab.localAddress());

      agent.hangup(incoming.callId()).get(5, TimeUnit.SECONDS);
      CallEvent.Ended ended = events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.LOCAL_HANGUP);
      baresip.awaitEvent("CALL_CLOSED", WAIT);
      assertThat(media.session(incoming.callId()).closed).isTrue();
      events.assertAllOnSipEvents();
    }
  }

  @Test
  void baresipHangsUpAnAnsweredCall() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "1005", 15066, FakeMediaEngine.withTelephoneEvents());
        BaresipCall call = new BaresipCall(lab.peerA())) {
      SipUserAgent agent = rig.agent;
      EventRecorder events = rig.events;
      FakeMediaEngine media = rig.media;
      BaresipControl baresip = call.control;

      baresip.dial("sip:1005@" + lab.sipDomain());
      CallEvent.Incoming incoming = events.awaitCall(CallEvent.Incoming.class, WAIT);
      agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      events.awaitCall(CallEvent.Answered.class, WAIT);
      baresip.awaitEvent("CALL_ESTABLISHED", WAIT);

      baresip.hangup();
      CallEvent.Ended ended = events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.REMOTE_HANGUP);
      assertThat(media.session(incoming.callId()).closed).isTrue();
    }
  }

  @Test
  void theCallerCancellingBeforeTheAnswerEndsTheCallAsCallerCancelled() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "1016", 15076, FakeMediaEngine.withTelephoneEvents());
        BaresipCall call = new BaresipCall(lab.peerA())) {
      SipUserAgent agent = rig.agent;
      EventRecorder events = rig.events;
      FakeMediaEngine media = rig.media;
      BaresipControl baresip = call.control;

      baresip.dial("sip:1016@" + lab.sipDomain());
      CallEvent.Incoming incoming = events.awaitCall(CallEvent.Incoming.class, WAIT);
      baresip.hangup();

      CallEvent.Ended ended = events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.callId()).isEqualTo(incoming.callId());
      assertThat(ended.reason()).isEqualTo(EndReason.CALLER_CANCELLED);
      baresip.awaitEvent("CALL_CLOSED", WAIT);
    }
  }

  @Test
  void rejectingSendsBusyAndEndsTheCall() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "1017", 15077, FakeMediaEngine.withTelephoneEvents());
        BaresipCall call = new BaresipCall(lab.peerA())) {
      SipUserAgent agent = rig.agent;
      EventRecorder events = rig.events;
      FakeMediaEngine media = rig.media;
      BaresipControl baresip = call.control;

      baresip.dial("sip:1017@" + lab.sipDomain());
      CallEvent.Incoming incoming = events.awaitCall(CallEvent.Incoming.class, WAIT);
      agent.reject(incoming.callId(), false).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.REJECTED);
      assertThat(ended.sipStatus()).isEqualTo(486);
      baresip.awaitEvent("CALL_CLOSED", WAIT);
    }
  }
}
