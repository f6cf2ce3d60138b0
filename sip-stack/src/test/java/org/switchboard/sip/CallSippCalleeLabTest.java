package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * The agent calls sipp through Kamailio, and sipp answers as scripted in {@code
 * sipp/calls-uas-*.xml}: early media, CANCEL races, failures, 481s and DTMF modes.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CallSippCalleeLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static AgentRig agent(String user, int port) throws Exception {
    return AgentRig.registered(lab, user, port, FakeMediaEngine.withTelephoneEvents());
  }

  @Test
  void earlyMediaIn183StartsMediaBeforeTheAnswer() throws Exception {
    try (AgentRig rig = agent("3081", 16201);
        Sipp sipp = SippPeer.callee(lab, "uas-183-early", 16251)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16251)).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.RemoteRinging.class, WAIT).earlyMedia()).isTrue();
      assertThat(rig.media.session(call).started).hasSize(1);
      assertThat(rig.media.session(call).started.get(0).remote().port()).isEqualTo(16290);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void anUpdateBeforeTheAnswerMovesTheEarlyMedia() throws Exception {
    try (AgentRig rig = agent("3082", 16202);
        Sipp sipp = SippPeer.callee(lab, "uas-update-early", 16252)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16252)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      FakeMediaEngine.FakeSession media = rig.media.session(call);
      assertThat(media.started.get(0).remote().port()).isEqualTo(16290);
      assertThat(media.negotiated().remote().port()).isEqualTo(16292);
      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void anAnswerWithoutSdpIsAckedAndHungUp() throws Exception {
    try (AgentRig rig = agent("3083", 16203);
        Sipp sipp = SippPeer.callee(lab, "uas-200-no-sdp", 16253)) {
      rig.agent.dial(SippPeer.uri(lab, 16253)).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.FAILED);
      SippPeer.awaitSeen(sipp, "ACK sip:");
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void hangingUpWhileItRingsSendsCancelAndAcksThe487() throws Exception {
    try (AgentRig rig = agent("3084", 16204);
        Sipp sipp = SippPeer.callee(lab, "uas-cancel", 16254)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16254)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.RemoteRinging.class, WAIT);

      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.CANCELLED);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void aTwoHundredCrossingOurCancelIsAckedAndHungUp() throws Exception {
    try (AgentRig rig = agent("3085", 16205);
        Sipp sipp = SippPeer.callee(lab, "uas-cancel-crossing-200", 16255)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16255)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.RemoteRinging.class, WAIT);

      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.CANCELLED);
      SippPeer.awaitSeen(sipp, "ACK sip:");
      SippPeer.assertPassed(sipp);
      assertThat(rig.events.all).noneMatch(CallEvent.Answered.class::isInstance);
    }
  }

  @Test
  void aDeclineEndsTheCallAsDeclined() throws Exception {
    assertRefusal("3086", 16206, 16256, 603, EndReason.DECLINED);
  }

  @Test
  void busyHereEndsTheCallAsBusy() throws Exception {
    assertRefusal("3087", 16207, 16257, 486, EndReason.BUSY);
  }

  private static void assertRefusal(String user, int port, int sippPort, int status, EndReason r)
      throws Exception {
    try (AgentRig rig = agent(user, port);
        Sipp sipp = SippPeer.callee(lab, "uas-reject-" + status, sippPort)) {
      rig.agent.dial(SippPeer.uri(lab, sippPort)).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(r);
      assertThat(ended.sipStatus()).isEqualTo(status);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void a481ToOurByeStillEndsTheCall() throws Exception {
    try (AgentRig rig = agent("3088", 16208);
        Sipp sipp = SippPeer.callee(lab, "uas-bye-481", 16258)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16258)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.LOCAL_HANGUP);
      SippPeer.assertPassed(sipp);
      assertThat(rig.media.session(call).closed).isTrue();
    }
  }

  @Test
  void a481ToOurInfoEndsTheCall() throws Exception {
    try (AgentRig rig = agent("3089", 16209);
        Sipp sipp = SippPeer.callee(lab, "uas-info-481", 16259)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16259)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      rig.agent.sendDtmf(call, "1").get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.FAILED);
      SippPeer.awaitSeen(sipp, "ACK sip:");
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void sipInfoModeSendsInfoEvenWhenTelephoneEventWasAgreed() throws Exception {
    SipAccountOptions infoOnly = SipAccountOptions.defaults().withDtmfMode(DtmfMode.SIP_INFO);
    try (AgentRig rig =
            AgentRig.registered(
                lab, "3090", 16210, FakeMediaEngine.withTelephoneEvents(), infoOnly);
        Sipp sipp = SippPeer.callee(lab, "uas-info-dtmf", 16260)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16260)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      NegotiatedMedia media = rig.media.session(call).negotiated();
      assertThat(media.telephoneEvent()).isNotNull();

      rig.agent.sendDtmf(call, "5#").get(5, TimeUnit.SECONDS);
      SippPeer.awaitSeen(sipp, "Signal=#");

      assertThat(rig.media.session(call).dtmf).isEmpty();
      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void rfc4733ModeRefusesDtmfWhenThePeerDidNotAgreeToTelephoneEvents() throws Exception {
    SipAccountOptions rtpOnly = SipAccountOptions.defaults().withDtmfMode(DtmfMode.RFC4733);
    try (AgentRig rig =
            AgentRig.registered(
                lab, "3091", 16211, FakeMediaEngine.withTelephoneEvents(), rtpOnly);
        Sipp sipp = SippPeer.callee(lab, "uas-pcmu-only", 16261)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16261)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      assertThatThrownBy(() -> rig.agent.sendDtmf(call, "1").get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CallControlException.class)
          .hasMessageContaining("dtmfMode");

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
      assertThat(sipp.messages()).doesNotContain("INFO sip:");
    }
  }

  @Test
  void a183WithoutSdpRingsWithoutEarlyMedia() throws Exception {
    try (AgentRig rig = agent("3104", 16246);
        Sipp sipp = SippPeer.callee(lab, "uas-183-no-sdp", 16285)) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 16285)).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.RemoteRinging.class, WAIT).earlyMedia()).isFalse();
      assertThat(rig.media.session(call).started).isEmpty();
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      assertThat(rig.media.session(call).started).hasSize(1);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void anInviteCarriesTheApplicationsHeadersAndRefusesOnesThatCouldInject() throws Exception {
    try (AgentRig rig = agent("3152", 16248);
        Sipp sipp = SippPeer.callee(lab, "uas-pcmu-only", 16288)) {
      assertThatThrownBy(
              () ->
                  rig.agent
                      .dial(SippPeer.uri(lab, 16288), Map.of("Via", "SIP/2.0/UDP evil"))
                      .get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CallControlException.class)
          .hasMessageContaining("'Via' must be named X-");
      assertThatThrownBy(
              () ->
                  rig.agent
                      .dial(SippPeer.uri(lab, 16288), Map.of("X-Note", "a\r\nVia: evil"))
                      .get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CallControlException.class)
          .hasMessageContaining("X-Note");

      CallId call =
          rig.agent
              .dial(
                  SippPeer.uri(lab, 16288),
                  Map.of("X-Switchboard-Interaction", "i-4711", "X-Switchboard-Offer", "o-9"))
              .get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      assertThat(sipp.messages())
          .contains("X-Switchboard-Interaction: i-4711")
          .contains("X-Switchboard-Offer: o-9");
      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }
}
