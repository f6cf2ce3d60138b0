package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * sipp calls the agent through Kamailio as scripted in {@code sipp/calls-uac-*.xml}: offer in the
 * 200 and answer in the ACK, refused offers, CANCEL, UPDATE before the answer, auto-answer on
 * request, and the INVITE's attached-data headers with hostile values.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CallSippCallerLabTest {
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
  void anInviteWithoutOfferGetsOurOfferAndTheAnswerInTheAckStartsMedia() throws Exception {
    try (AgentRig rig = agent("3104", 16225);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-no-offer", 16272, "3104")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);

      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      NegotiatedMedia media = rig.media.session(incoming.callId()).started.get(0);
      assertThat(media.remote().port()).isEqualTo(16290);
      assertThat(media.telephoneEvent()).isNotNull();
      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.REMOTE_HANGUP);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void anAckWithoutTheAnswerEndsTheCallWithBye() throws Exception {
    try (AgentRig rig = agent("3105", 16226);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-no-answer-in-ack", 16273, "3105")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.FAILED);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void anOfferWithNoCommonCodecIsRefusedWith488() throws Exception {
    try (AgentRig rig = agent("3106", 16227);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-bad-codec", 16274, "3106")) {
      SippPeer.assertPassed(sipp);
      assertThat(rig.events.all).noneMatch(CallEvent.Incoming.class::isInstance);
      assertThat(rig.media.sessions).allMatch(s -> s.closed);
    }
  }

  @Test
  void aBodyThatIsNotSdpIsRefusedWith415() throws Exception {
    try (AgentRig rig = agent("3107", 16228);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-not-sdp", 16275, "3107")) {
      SippPeer.assertPassed(sipp);
      assertThat(sipp.messages()).contains("Accept: application/sdp");
      assertThat(rig.events.all).noneMatch(CallEvent.Incoming.class::isInstance);
    }
  }

  @Test
  void theCallersCancelGets200And487() throws Exception {
    try (AgentRig rig = agent("3108", 16229);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-cancel", 16276, "3108")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.callId()).isEqualTo(incoming.callId());
      assertThat(ended.reason()).isEqualTo(EndReason.CALLER_CANCELLED);
      assertThat(ended.sipStatus()).isEqualTo(487);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void anUpdateWithANewOfferWhileRingingIsAskedToWait() throws Exception {
    try (AgentRig rig = agent("3109", 16230);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-update-early", 16277, "3109")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);

      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.CALLER_CANCELLED);
      SippPeer.assertPassed(sipp);
      assertThat(rig.media.session(incoming.callId()).started).isEmpty();
    }
  }

  @Test
  void callInfoAnswerAfterIsHonouredWhenTheAccountAllowsIt() throws Exception {
    assertAutoAnswered(
        "3110", 16231, 16278, "Call-Info", "<sip:" + lab.localAddress() + ">;answer-after=1", 900);
  }

  @Test
  void alertInfoAutoAnswerIsHonouredWhenTheAccountAllowsIt() throws Exception {
    assertAutoAnswered(
        "3111", 16232, 16279, "Alert-Info", "<http://www.notused.com>;info=alert-autoanswer", 0);
  }

  private static void assertAutoAnswered(
      String user, int port, int sippPort, String header, String value, long minMillis)
      throws Exception {
    SipAccountOptions allowed = SipAccountOptions.defaults().withAutoAnswerAllowed(true);
    try (AgentRig rig =
            AgentRig.registered(lab, user, port, FakeMediaEngine.withTelephoneEvents(), allowed);
        Sipp sipp =
            SippPeer.callerViaProxy(
                lab,
                "uac-auto-answer",
                sippPort,
                user,
                "-key",
                "aa_header",
                header,
                "-key",
                "aa_value",
                value)) {
      rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      long ringing = System.nanoTime();

      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ringing);
      assertThat(waited).isBetween(minMillis, minMillis + 1500);
      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void autoAnswerRequestsRingNormallyUnlessTheAccountAllowsThem() throws Exception {
    try (AgentRig rig = agent("3112", 16233);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-auto-answer-refused", 16280, "3112")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      assertThat(incoming.headers()).containsKeys("Call-Info", "Alert-Info");

      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.CALLER_CANCELLED);
      assertThat(rig.events.all).noneMatch(CallEvent.Answered.class::isInstance);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void attachedDataHeadersReachListenersCleaned() throws Exception {
    try (AgentRig rig = agent("3113", 16234);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-hostile-headers", 16281, "3113")) {
      Map<String, String> headers = rig.events.awaitCall(CallEvent.Incoming.class, WAIT).headers();

      assertThat(headers).containsEntry("X-Interaction", "INT-4711");
      assertThat(headers.get("X-Bidi")).isEqualTo("abcgnp.exe done");
      assertThat(headers.get("X-C1")).isEqualTo("onetwotwo");
      assertThat(headers.get("X-Long")).hasSize(1024).matches("L+");
      assertThat(headers.get("X-Spaces")).isEqualTo("a b");
      assertThat(headers.get("Call-Info")).contains("purpose=info");
      assertThat(String.join("", headers.values())).doesNotContainPattern("[\\p{Cntrl}\\p{Cf}]");
      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void requestsForUnknownDialogsAndTransactionsGet481() throws Exception {
    try (AgentRig rig = agent("3114", 16235);
        Sipp sipp = SippPeer.callerDirect(lab, "uac-stray", 16282, 16235, "3114")) {
      SippPeer.assertPassed(sipp);
      assertThat(rig.events.all).noneMatch(CallEvent.class::isInstance);
    }
  }

  @Test
  void ofAnOfferListingPcmaFirstTheAgentAnswersWithTheCodecItHas() throws Exception {
    try (AgentRig rig = agent("3081", 16244);
        Sipp sipp = SippPeer.callerViaProxy(lab, "uac-offer-pcma-first", 16283, "3081")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);

      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      SippPeer.assertPassed(sipp);
      NegotiatedMedia media = rig.media.session(incoming.callId()).started.get(0);
      assertThat(media.codec().encodingName()).isEqualTo("PCMU");
    }
  }

  @Test
  void theSameInviteArrivingOnASecondBranchGets482() throws Exception {
    SipAccountOptions direct = SipAccountOptions.defaults().withDirectCallsAllowed(true);
    try (AgentRig rig =
            AgentRig.registered(lab, "3082", 16245, FakeMediaEngine.withTelephoneEvents(), direct);
        Sipp sipp = SippPeer.callerDirect(lab, "uac-same-invite-twice", 16284, 16245, "3082")) {
      rig.events.awaitCall(CallEvent.Incoming.class, WAIT);

      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.CALLER_CANCELLED);
      SippPeer.assertPassed(sipp);
      assertThat(rig.events.all).filteredOn(CallEvent.Incoming.class::isInstance).hasSize(1);
    }
  }
}
