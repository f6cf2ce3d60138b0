package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.sip.TransferLabTest.WAIT;
import static org.switchboard.sip.TransferLabTest.agent;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Transfers against sipp scenarios that check the wire: the NOTIFY sipfrag an agent sends as
 * transferee, a REFER refused or never reported on, the Replaces an agent carries as transferee and
 * refuses as target.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransferSippLabTest {
  private static final Duration SIPP_EXIT = Duration.ofSeconds(15);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void asTransfereeTheAgentSendsSipfragNotifiesAndEndsTheReferringCall() throws Exception {
    try (AgentRig rig = agent(lab, "3130", 16320);
        BaresipCall target = new BaresipCall(lab.peerB());
        Sipp sipp =
            SippScenarios.client(
                lab,
                "transfer-referrer.xml",
                16340,
                16320,
                "3130",
                "-key",
                "target",
                "sip:2002@" + lab.sipDomain())) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);

      CallEvent.TransferRequested requested =
          rig.events.awaitCall(CallEvent.TransferRequested.class, WAIT);
      assertThat(requested.callId()).isEqualTo(incoming.callId());
      target.control.awaitEvent("CALL_ESTABLISHED", WAIT);
      assertThat(rig.events.awaitCall(CallEvent.Replaced.class, WAIT).replacement())
          .isEqualTo(requested.newCall());

      assertThat(sipp.awaitExit(SIPP_EXIT)).as(sipp.messages() + sipp.errors()).isZero();
      String wire = sipp.messages();
      // The scenario checked each NOTIFY (100 active, 180 active if the target rang first, 200
      // terminated); the final one ends the implicit subscription as RFC 3515 asks.
      assertThat(wire)
          .containsPattern(
              "Subscription-State: terminated;reason=noresource\\R"
                  + "(?:.+\\R)*Content-Type: message/sipfrag;version=2.0");
      rig.agent.hangup(requested.newCall()).get(5, TimeUnit.SECONDS);
      target.control.awaitEvent("CALL_CLOSED", WAIT);
    }
  }

  @Test
  void aRefusedReferGivesTheCallBackWithTheRefusal() throws Exception {
    try (AgentRig rig = agent(lab, "3131", 16322);
        Sipp sipp = SippScenarios.server(lab, "transfer-refer-rejected.xml", 16345, 1)) {
      CallId call = rig.agent.dial(SippScenarios.uri(lab, 16345)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      // The ACK goes through Kamailio too: a REFER sent at once could overtake it.
      SippPeer.awaitSeen(sipp, "ACK sip:");

      rig.agent.transfer(call, "2002").get(5, TimeUnit.SECONDS);

      CallEvent.TransferFailed failed = rig.events.awaitCall(CallEvent.TransferFailed.class, WAIT);
      assertThat(failed.callId()).isEqualTo(call);
      assertThat(failed.status()).isEqualTo(403);
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(sipp.awaitExit(SIPP_EXIT)).as(sipp.messages() + sipp.errors()).isZero();
    }
  }

  @Test
  void noFinalNotifyInTimeGivesTheCallBack() throws Exception {
    try (AgentRig rig = agent(lab, "3132", 16324);
        Sipp sipp = SippScenarios.server(lab, "transfer-notify-silent.xml", 16350, 1)) {
      CallId call = rig.agent.dial(SippScenarios.uri(lab, 16350)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      // The ACK goes through Kamailio too: a REFER sent at once could overtake it.
      SippPeer.awaitSeen(sipp, "ACK sip:");

      rig.agent.transfer(call, "2002").get(5, TimeUnit.SECONDS);

      CallEvent.TransferFailed failed = rig.events.awaitCall(CallEvent.TransferFailed.class, WAIT);
      assertThat(failed.status()).isEqualTo(408);
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.LOCAL_HANGUP);
      assertThat(sipp.awaitExit(SIPP_EXIT)).as(sipp.messages() + sipp.errors()).isZero();
    }
  }

  @Test
  void aTargetRefusingTheReplacesInviteFailsTheAttendedTransferAndResumesTheCall()
      throws Exception {
    try (AgentRig transferor = agent(lab, "3133", 16326);
        AgentRig transferee = agent(lab, "3134", 16328);
        Sipp target = SippScenarios.server(lab, "transfer-target-refuses.xml", 16355, 2)) {
      CallId original = TransferLabTest.connect(transferor, transferee, "3134");
      transferor.agent.hold(original).get(5, TimeUnit.SECONDS);
      transferor.events.awaitCall(CallEvent.Held.class, WAIT);
      CallId consult =
          transferor.agent.dial(SippScenarios.uri(lab, 16355)).get(5, TimeUnit.SECONDS);
      transferor.events.awaitCall(CallEvent.Answered.class, WAIT);
      SippPeer.awaitSeen(target, "ACK sip:"); // before the REFER, as above

      transferor.agent.attendedTransfer(original, consult).get(5, TimeUnit.SECONDS);

      CallEvent.TransferFailed failed =
          transferor.events.awaitCall(CallEvent.TransferFailed.class, WAIT);
      assertThat(failed.callId()).isEqualTo(original);
      assertThat(failed.status()).isEqualTo(481);
      assertThat(transferor.events.awaitCall(CallEvent.Resumed.class, WAIT).callId())
          .isEqualTo(original);
      assertThat(transferee.events.awaitCall(CallEvent.TransferFailed.class, WAIT).status())
          .isEqualTo(481);
      // The transferee's INVITE named the consultation dialog as the target sees it.
      assertThat(target.messages())
          .containsPattern(
              "Replaces: [^;\\s]+@[^;\\s]+;to-tag=[0-9]+SIPpTag01[0-9]+;from-tag=\\w+");

      transferor.agent.hangup(consult).get(5, TimeUnit.SECONDS);
      assertThat(target.awaitExit(SIPP_EXIT)).as(target.messages() + target.errors()).isZero();
    }
  }

  @Test
  void replacingACallStillRingingAtTheAgentIsRefusedWith481() throws Exception {
    try (AgentRig rig = agent(lab, "3136", 16336);
        Sipp caller =
            SippScenarios.client(lab, "transfer-plain-caller.xml", 16370, 16336, "3136")) {
      CallEvent.Incoming ringing = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);

      SippPeer.awaitSeen(caller, "SIP/2.0 180"); // the agent's tag is in the 180's To
      String replaces = dialogAsTheAgentSeesIt(caller.messages(), "");
      try (Sipp intruder =
          SippScenarios.client(
              lab,
              "transfer-replaces-named.xml",
              16375,
              16336,
              "3136",
              "-key",
              "replaces",
              replaces)) {
        assertThat(intruder.awaitExit(SIPP_EXIT)).as(intruder.messages()).isZero();
        assertThat(intruder.messages()).contains("SIP/2.0 481");
      }
      rig.agent.reject(ringing.callId(), false).get(5, TimeUnit.SECONDS);
      assertThat(caller.awaitExit(SIPP_EXIT)).as(caller.messages() + caller.errors()).isZero();
    }
  }

  @Test
  void replacingAConfirmedCallOnlyIfEarlyIsRefusedWith486() throws Exception {
    try (AgentRig rig = agent(lab, "3137", 16338);
        Sipp caller =
            SippScenarios.client(lab, "transfer-plain-caller.xml", 16380, 16338, "3137")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      SippPeer.awaitSeen(caller, "SIP/2.0 180");
      String replaces = dialogAsTheAgentSeesIt(caller.messages(), ";early-only");
      try (Sipp intruder =
          SippScenarios.client(
              lab,
              "transfer-replaces-named.xml",
              16385,
              16338,
              "3137",
              "-key",
              "replaces",
              replaces)) {
        assertThat(intruder.awaitExit(SIPP_EXIT)).as(intruder.messages()).isZero();
        assertThat(intruder.messages()).contains("SIP/2.0 486");
      }
      // The call is untouched: still up until the agent ends it.
      assertThat(rig.events.all).noneMatch(CallEvent.Ended.class::isInstance);
      rig.agent.hangup(incoming.callId()).get(5, TimeUnit.SECONDS);
      assertThat(caller.awaitExit(SIPP_EXIT)).as(caller.messages() + caller.errors()).isZero();
    }
  }

  /**
   * The Replaces value naming sipp's call with the agent from the agent's side: to-tag is the
   * agent's tag (in the 180's To), from-tag sipp's.
   */
  private static String dialogAsTheAgentSeesIt(String sippLog, String flags) {
    java.util.regex.Matcher callId =
        java.util.regex.Pattern.compile("Call-ID: (\\S+)").matcher(sippLog);
    java.util.regex.Matcher fromTag =
        java.util.regex.Pattern.compile("From: <[^>]+>;tag=(\\S+)").matcher(sippLog);
    java.util.regex.Matcher toTag =
        java.util.regex.Pattern.compile("To: <[^>]+>;tag=(\\S+)").matcher(sippLog);
    assertThat(callId.find() && fromTag.find() && toTag.find()).as(sippLog).isTrue();
    return callId.group(1) + ";to-tag=" + toTag.group(1) + ";from-tag=" + fromTag.group(1) + flags;
  }

  @Test
  void anInviteWhoseReplacesNamesNoCallIsRefusedWith481() throws Exception {
    try (AgentRig rig = agent(lab, "3135", 16330);
        Sipp sipp =
            SippScenarios.client(lab, "transfer-replaces-unknown.xml", 16365, 16330, "3135")) {
      assertThat(sipp.awaitExit(SIPP_EXIT)).as(sipp.messages() + sipp.errors()).isZero();
      assertThat(rig.events.all).noneMatch(CallEvent.Incoming.class::isInstance);
    }
  }
}
