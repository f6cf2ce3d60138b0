package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.testkit.Lab;

/** Hold, resume, DTMF and blind transfer on established calls. */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MidCallLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void holdAndResumeWithBaresipRenegotiateTheDirection() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "1010", 15071, FakeMediaEngine.withTelephoneEvents());
        BaresipCall peer = new BaresipCall(lab.peerB())) {
      CallId call = rig.agent.dial("2002").get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      peer.control.awaitEvent("CALL_ESTABLISHED", WAIT);

      rig.agent.hold(call).get(5, TimeUnit.SECONDS);
      CallEvent.Held held = rig.events.awaitCall(CallEvent.Held.class, WAIT);
      assertThat(held.side()).isEqualTo(HoldSide.LOCAL);
      assertThat(rig.media.session(call).negotiated().direction())
          .isEqualTo(MediaDirection.SENDONLY);

      rig.agent.resume(call).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Resumed.class, WAIT);
      assertThat(rig.media.session(call).negotiated().direction())
          .isEqualTo(MediaDirection.SENDRECV);

      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      peer.control.awaitEvent("CALL_CLOSED", WAIT);
    }
  }

  @Test
  void aPeerHoldingTheCallIsReportedAsRemoteHold() throws Exception {
    try (AgentRig holder =
            AgentRig.registered(lab, "1011", 15072, FakeMediaEngine.withTelephoneEvents());
        AgentRig held =
            AgentRig.registered(lab, "1012", 15080, FakeMediaEngine.withTelephoneEvents())) {
      CallId call = holder.agent.dial("1012").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = held.events.awaitCall(CallEvent.Incoming.class, WAIT);
      held.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      holder.events.awaitCall(CallEvent.Answered.class, WAIT);

      holder.agent.hold(call).get(5, TimeUnit.SECONDS);
      assertThat(held.events.awaitCall(CallEvent.Held.class, WAIT).side())
          .isEqualTo(HoldSide.REMOTE);
      assertThat(held.media.session(incoming.callId()).negotiated().direction())
          .isEqualTo(MediaDirection.RECVONLY);
      holder.events.awaitCall(CallEvent.Held.class, WAIT);

      holder.agent.resume(call).get(5, TimeUnit.SECONDS);
      held.events.awaitCall(CallEvent.Resumed.class, WAIT);
      assertThat(held.media.session(incoming.callId()).negotiated().direction())
          .isEqualTo(MediaDirection.SENDRECV);
    }
  }

  @Test
  void dtmfTravelsAsSipInfoWhenNoTelephoneEventWasAgreed() throws Exception {
    try (AgentRig sender = AgentRig.registered(lab, "1013", 15081, FakeMediaEngine.pcmuOnly());
        AgentRig receiver = AgentRig.registered(lab, "1001", 15082, FakeMediaEngine.pcmuOnly())) {
      CallId call = sender.agent.dial("1001").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = receiver.events.awaitCall(CallEvent.Incoming.class, WAIT);
      receiver.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      sender.events.awaitCall(CallEvent.Answered.class, WAIT);
      assertThat(sender.media.session(call).negotiated().telephoneEvent()).isNull();

      sender.agent.sendDtmf(call, "1#").get(5, TimeUnit.SECONDS);

      assertThat(receiver.events.awaitCall(CallEvent.DtmfReceived.class, WAIT).digit())
          .isEqualTo('1');
      assertThat(receiver.events.awaitCall(CallEvent.DtmfReceived.class, WAIT).digit())
          .isEqualTo('#');
      assertThat(sender.media.session(call).dtmf).isEmpty();
    }
  }

  @Test
  void dtmfGoesThroughTheMediaSessionWhenTelephoneEventWasAgreed() throws Exception {
    try (AgentRig sender =
            AgentRig.registered(lab, "1002", 15083, FakeMediaEngine.withTelephoneEvents());
        AgentRig receiver =
            AgentRig.registered(lab, "1003", 15084, FakeMediaEngine.withTelephoneEvents())) {
      CallId call = sender.agent.dial("1003").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = receiver.events.awaitCall(CallEvent.Incoming.class, WAIT);
      receiver.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      sender.events.awaitCall(CallEvent.Answered.class, WAIT);

      sender.agent.sendDtmf(call, "42").get(5, TimeUnit.SECONDS);

      assertThat(sender.media.session(call).dtmf).containsExactly("42");
    }
  }

  @Test
  void mutingIsLocalToTheMediaSessionAndReported() throws Exception {
    try (AgentRig caller =
            AgentRig.registered(lab, "1033", 15092, FakeMediaEngine.withTelephoneEvents());
        AgentRig callee =
            AgentRig.registered(lab, "1034", 15093, FakeMediaEngine.withTelephoneEvents())) {
      CallId call = caller.agent.dial("1034").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = callee.events.awaitCall(CallEvent.Incoming.class, WAIT);
      callee.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      caller.events.awaitCall(CallEvent.Answered.class, WAIT);

      caller.agent.mute(call, true).get(5, TimeUnit.SECONDS);
      assertThat(caller.events.awaitCall(CallEvent.Muted.class, WAIT).muted()).isTrue();
      assertThat(caller.media.session(call).muted).isTrue();

      caller.agent.mute(call, false).get(5, TimeUnit.SECONDS);
      assertThat(caller.events.awaitCall(CallEvent.Muted.class, WAIT).muted()).isFalse();
      assertThat(caller.media.session(call).muted).isFalse();
      assertThatThrownBy(() -> caller.agent.mute(CallId.random(), true).get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CallControlException.class);
    }
  }

  @Test
  void dtmfReceivedByTheMediaSessionIsReportedOnSipEvents() throws Exception {
    try (AgentRig caller =
            AgentRig.registered(lab, "1030", 15089, FakeMediaEngine.withTelephoneEvents());
        AgentRig callee =
            AgentRig.registered(lab, "1031", 15090, FakeMediaEngine.withTelephoneEvents())) {
      CallId call = caller.agent.dial("1031").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = callee.events.awaitCall(CallEvent.Incoming.class, WAIT);
      callee.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      caller.events.awaitCall(CallEvent.Answered.class, WAIT);
      callee.events.awaitCall(CallEvent.Answered.class, WAIT);
      FakeMediaEngine.FakeSession calleeMedia = callee.media.session(incoming.callId());
      FakeMediaEngine.FakeSession callerMedia = caller.media.session(call);

      calleeMedia.receiveDtmf('7');
      callerMedia.receiveDtmf('#');

      CallEvent.DtmfReceived atCallee = callee.events.awaitCall(CallEvent.DtmfReceived.class, WAIT);
      assertThat(atCallee.callId()).isEqualTo(incoming.callId());
      assertThat(atCallee.digit()).isEqualTo('7');
      CallEvent.DtmfReceived atCaller = caller.events.awaitCall(CallEvent.DtmfReceived.class, WAIT);
      assertThat(atCaller.callId()).isEqualTo(call);
      assertThat(atCaller.digit()).isEqualTo('#');
      callee.events.assertAllOnSipEvents();
      caller.events.assertAllOnSipEvents();

      caller.agent.hangup(call).get(5, TimeUnit.SECONDS);
      callee.events.awaitCall(CallEvent.Ended.class, WAIT);
      caller.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(calleeMedia.dtmfListeners).isEmpty();
      assertThat(callerMedia.dtmfListeners).isEmpty();
    }
  }

  @Test
  void blindTransferHandsBaresipAToBaresipBReportingSipfragProgressAndHangsUp() throws Exception {
    try (AgentRig rig =
            AgentRig.registered(lab, "3120", 16303, FakeMediaEngine.withTelephoneEvents());
        BaresipCall transferee = new BaresipCall(lab.peerA());
        BaresipCall target = new BaresipCall(lab.peerB())) {
      CallId call = rig.agent.dial("2001").get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      transferee.control.awaitEvent("CALL_ESTABLISHED", WAIT);

      rig.agent.transfer(call, "2002").get(5, TimeUnit.SECONDS);

      // baresip's NOTIFYs: a provisional sipfrag first (100 Trying), then the target's 200.
      CallEvent.TransferProgress progress =
          rig.events.awaitCall(CallEvent.TransferProgress.class, WAIT);
      assertThat(progress.callId()).isEqualTo(call);
      assertThat(progress.status()).isBetween(100, 199);
      while (progress.status() < 200) {
        progress = rig.events.awaitCall(CallEvent.TransferProgress.class, WAIT);
      }
      assertThat(progress.status()).isEqualTo(200);
      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.LOCAL_HANGUP);
      target.control.awaitEvent("CALL_ESTABLISHED", WAIT);
    }
  }
}
