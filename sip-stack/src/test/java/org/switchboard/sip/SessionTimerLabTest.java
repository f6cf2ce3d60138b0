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
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Session timers (RFC 4028) against sipp scenarios that check the headers, the refreshes and the
 * expiry BYE, and between two agents through Kamailio. Header values are real (90 s and up); the
 * agents schedule at 1/50 of them, so a 90 s session refreshes after 0.9 s and expires after 1.2 s.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SessionTimerLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration SIPP_EXIT = Duration.ofSeconds(15);
  private static final double SCALE = 0.02;
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static AgentRig agent(String user, int port, int sessionExpires) throws Exception {
    return AgentRig.registered(
        lab,
        LabAgents.account(lab, user, SipTransport.UDP)
            .withOptions(
                SipAccountOptions.defaults()
                    .withDirectCallsAllowed(true)
                    .withSessionExpiresSeconds(sessionExpires)),
        port,
        SipTimings.defaults().withSessionTimerScale(SCALE),
        FakeMediaEngine.withTelephoneEvents());
  }

  private static void assertPassed(Sipp sipp) {
    assertThat(sipp.awaitExit(SIPP_EXIT)).as(sipp.messages() + sipp.errors()).isZero();
  }

  @Test
  void asRefresherTheAgentRefreshesWithUpdateAtHalfTheInterval() throws Exception {
    try (AgentRig rig = agent("3140", 16300, 90);
        Sipp sipp = SippScenarios.server(lab, "timer-uac-refresh.xml", 16370, 1)) {
      CallId call = rig.agent.dial(SippScenarios.uri(lab, 16370)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      long answeredAt = System.nanoTime();

      awaitMessages(sipp, "UPDATE sip:", 2);
      awaitMessages(sipp, "CSeq: 4 UPDATE", 2); // sipp has answered the second refresh
      // Two refreshes at half of 90 s, scaled: about 1.8 s, well before the 1.2 s expiry twice.
      assertThat(Duration.ofNanos(System.nanoTime() - answeredAt))
          .isLessThan(Duration.ofSeconds(6));
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertPassed(sipp);
    }
  }

  @Test
  void whenThePeerDoesNotAllowUpdateTheAgentRefreshesWithReInvite() throws Exception {
    try (AgentRig rig = agent("3141", 16302, 90);
        Sipp sipp = SippScenarios.server(lab, "timer-reinvite-refresh.xml", 16375, 1)) {
      CallId call = rig.agent.dial(SippScenarios.uri(lab, 16375)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      awaitMessages(sipp, "INVITE sip:", 2);
      awaitMessages(sipp, "ACK sip:", 2); // the refresh is complete before we hang up
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertPassed(sipp);
      assertThat(rig.media.session(call).negotiated()).isNotNull();
    }
  }

  @Test
  void whenThePeerRefreshesButNeverDoesTheAgentSendsByeAtExpiry() throws Exception {
    try (AgentRig rig = agent("3142", 16332, 90);
        Sipp sipp = SippScenarios.server(lab, "timer-uas-refresher.xml", 16380, 1)) {
      CallId call = rig.agent.dial(SippScenarios.uri(lab, 16380)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.callId()).isEqualTo(call);
      assertThat(ended.reason()).isEqualTo(EndReason.TIMEOUT);
      assertPassed(sipp);
    }
  }

  @Test
  void a422IsRetriedWithTheMinSeAskedFor() throws Exception {
    try (AgentRig rig = agent("3143", 16334, 90);
        Sipp sipp = SippScenarios.server(lab, "timer-422.xml", 16385, 1)) {
      CallId call = rig.agent.dial(SippScenarios.uri(lab, 16385)).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Answered.class, WAIT).callId()).isEqualTo(call);

      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertPassed(sipp);
      assertThat(sipp.messages()).contains("Session-Expires: 120");
    }
  }

  @Test
  void anIntervalBelowMinSeIsRefusedWith422() throws Exception {
    try (AgentRig rig = agent("3144", 16390, 90);
        Sipp sipp = SippScenarios.client(lab, "timer-too-small.xml", 16335, 16390, "3144")) {
      assertPassed(sipp);
      assertThat(rig.events.all).noneMatch(CallEvent.Incoming.class::isInstance);
    }
  }

  @Test
  void asAnswererTheAgentGrantsTheCallerTheRefreshAndEndsAnUnrefreshedSession() throws Exception {
    try (AgentRig rig = agent("3145", 16398, 1800);
        Sipp sipp =
            SippScenarios.client(lab, "timer-caller-stops-refreshing.xml", 16360, 16398, "3145")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.TIMEOUT);
      assertPassed(sipp);
    }
  }

  @Test
  void twoAgentsThroughKamailioKeepRefreshingPastSeveralIntervals() throws Exception {
    try (AgentRig caller = agent("3146", 16394, 90);
        AgentRig callee = agent("3147", 16396, 90)) {
      CallId call = TransferLabTest.connect(caller, callee, "3147");
      CallId calleeCall = TransferLabTest.incomingCall(callee);
      assertThat(caller.agent.sessionIntervalSeconds(call).get(5, TimeUnit.SECONDS)).isEqualTo(90);
      assertThat(callee.agent.sessionIntervalSeconds(calleeCall).get(5, TimeUnit.SECONDS))
          .isEqualTo(90);

      // Unrefreshed, the callee would end the session after 1.2 s; wait over four times that.
      assertThat(waitForEnd(callee, Duration.ofSeconds(5))).isNull();
      caller.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(callee.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.REMOTE_HANGUP);
    }
  }

  private static CallEvent.@org.jspecify.annotations.Nullable Ended waitForEnd(
      AgentRig rig, Duration bound) {
    try {
      return rig.events.awaitCall(CallEvent.Ended.class, bound);
    } catch (AssertionError e) {
      return null;
    }
  }

  private static void awaitMessages(Sipp sipp, String startLine, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (occurrences(sipp.messages(), startLine) >= count) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "sipp saw fewer than " + count + " '" + startLine + "' in time:\n" + sipp.messages());
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
