package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Re-INVITEs and UPDATEs on a call the agent made to sipp through Kamailio ({@code
 * sipp/calls-uas-*.xml}): glare, challenges, 481/488 answers to our hold, and the peer's own
 * renegotiations (new address and codec, no offer, inactive, 0.0.0.0, UPDATE).
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HoldSippLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static AgentRig agent(String user, int port) throws Exception {
    return AgentRig.registered(lab, user, port, FakeMediaEngine.withTelephoneEvents());
  }

  private static CallId answeredCall(AgentRig rig, int sippPort) throws Exception {
    CallId call = rig.agent.dial(SippPeer.uri(lab, sippPort)).get(5, TimeUnit.SECONDS);
    rig.events.awaitCall(CallEvent.Answered.class, WAIT);
    return call;
  }

  @Test
  void glareOnOurHoldIsRetriedAfterTheCallIdOwnersDelay() throws Exception {
    try (AgentRig rig = agent("3094", 16215);
        Sipp sipp = SippPeer.callee(lab, "uas-reinvite-491", 16262)) {
      CallId call = answeredCall(rig, 16262);

      long start = System.nanoTime();
      rig.agent.hold(call).get(5, TimeUnit.SECONDS);
      CallEvent.Held held = rig.events.awaitCall(CallEvent.Held.class, WAIT);
      long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(held.side()).isEqualTo(HoldSide.LOCAL);
      // RFC 3261 section 14.1: we own the Call-ID, so 2.1 to 4 s.
      assertThat(waitedMillis).isBetween(2100L, 4500L);
      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void aChallengeToOurReInviteIsAnsweredThroughTheProxy() throws Exception {
    try (AgentRig rig = agent("3095", 16216);
        Sipp sipp = SippPeer.callee(lab, "uas-reinvite-407", 16263)) {
      CallId call = answeredCall(rig, 16263);

      rig.agent.hold(call).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side()).isEqualTo(HoldSide.LOCAL);
      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
      assertThat(sipp.messages())
          .contains("Proxy-Authorization: Digest")
          .contains("username=\"3095\"")
          .contains("realm=\"" + lab.sipDomain() + "\"");
    }
  }

  @Test
  void a481ToOurReInviteEndsTheCall() throws Exception {
    try (AgentRig rig = agent("3096", 16217);
        Sipp sipp = SippPeer.callee(lab, "uas-reinvite-481", 16264)) {
      CallId call = answeredCall(rig, 16264);

      rig.agent.hold(call).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(ended.reason()).isEqualTo(EndReason.FAILED);
      assertThat(ended.detail()).contains("481");
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void aRefusedHoldLeavesTheCallAsItWas() throws Exception {
    try (AgentRig rig = agent("3097", 16218);
        Sipp sipp = SippPeer.callee(lab, "uas-reinvite-488", 16265)) {
      CallId call = answeredCall(rig, 16265);

      rig.agent.hold(call).get(5, TimeUnit.SECONDS);
      SippPeer.awaitSeen(sipp, "SIP/2.0 488");
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.LOCAL_HANGUP);
      assertThat(rig.events.all).noneMatch(CallEvent.Held.class::isInstance);
      assertThat(rig.media.session(call).negotiated().direction())
          .isEqualTo(MediaDirection.SENDRECV);
      SippPeer.assertPassed(sipp);
    }
  }

  @Test
  void thePeersReInviteMovesMediaToANewPortAndCodec() throws Exception {
    FakeMediaEngine withPcma =
        new FakeMediaEngine(
            List.of(AudioCodec.PCMU, new AudioCodec("PCMA", 8000, 8), AudioCodec.TELEPHONE_EVENT));
    try (AgentRig rig = AgentRig.registered(lab, "3098", 16219, withPcma);
        Sipp sipp = SippPeer.callee(lab, "uas-peer-reinvite-move", 16266)) {
      CallId call = answeredCall(rig, 16266);

      SippPeer.awaitSeen(sipp, "RTP/AVP 8");
      NegotiatedMedia moved = awaitUpdate(rig, call);
      assertThat(moved.remote().port()).isEqualTo(16294);
      assertThat(moved.codec().encodingName()).isEqualTo("PCMA");
      assertThat(rig.events.all).noneMatch(CallEvent.Held.class::isInstance);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void aReInviteWithoutOfferGetsOurOfferAndItsAnswerInTheAckApplies() throws Exception {
    try (AgentRig rig = agent("3099", 16220);
        Sipp sipp = SippPeer.callee(lab, "uas-peer-reinvite-no-offer", 16267)) {
      CallId call = answeredCall(rig, 16267);

      // The answer in the ACK says sendonly: the peer holds.
      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side())
          .isEqualTo(HoldSide.REMOTE);
      assertThat(awaitUpdate(rig, call).direction()).isEqualTo(MediaDirection.RECVONLY);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void thePeerHoldingWithInactiveAndResumingIsReported() throws Exception {
    try (AgentRig rig = agent("3100", 16221);
        Sipp sipp = SippPeer.callee(lab, "uas-peer-hold-inactive", 16268)) {
      CallId call = answeredCall(rig, 16268);

      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side())
          .isEqualTo(HoldSide.REMOTE);
      assertThat(rig.media.session(call).updates.get(0).direction())
          .isEqualTo(MediaDirection.INACTIVE);
      rig.events.awaitCall(CallEvent.Resumed.class, WAIT);
      assertThat(rig.media.session(call).negotiated().direction())
          .isEqualTo(MediaDirection.SENDRECV);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void thePeerHoldingWithTheZeroAddressIsReported() throws Exception {
    try (AgentRig rig = agent("3101", 16222);
        Sipp sipp = SippPeer.callee(lab, "uas-peer-hold-zero", 16269)) {
      CallId call = answeredCall(rig, 16269);

      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side())
          .isEqualTo(HoldSide.REMOTE);
      assertThat(awaitUpdate(rig, call).direction()).isEqualTo(MediaDirection.RECVONLY);
      // Held is reported before the 200 leaves; a BYE that overtook it would fail the scenario.
      SippPeer.awaitSeen(sipp, "a=recvonly");

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void thePeersUpdateOnAnEstablishedCallMovesMedia() throws Exception {
    try (AgentRig rig = agent("3102", 16223);
        Sipp sipp = SippPeer.callee(lab, "uas-peer-update", 16270)) {
      CallId call = answeredCall(rig, 16270);

      assertThat(awaitUpdate(rig, call).remote().port()).isEqualTo(16296);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  @Test
  void thePeersReInviteWhileOursIsPendingGets491() throws Exception {
    try (AgentRig rig = agent("3103", 16224);
        Sipp sipp = SippPeer.callee(lab, "uas-glare-answer", 16271)) {
      CallId call = answeredCall(rig, 16271);

      rig.agent.hold(call).get(5, TimeUnit.SECONDS);

      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side()).isEqualTo(HoldSide.LOCAL);
      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
      assertThat(sipp.messages()).contains("SIP/2.0 491");
    }
  }

  @Test
  void holdAndResumeOfferSendonlyThenSendrecvAsThePeerSees() throws Exception {
    try (AgentRig rig = agent("3084", 16247);
        Sipp sipp = SippPeer.callee(lab, "uas-hold-resume", 16286)) {
      CallId call = answeredCall(rig, 16286);

      rig.agent.hold(call).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Held.class, WAIT).side()).isEqualTo(HoldSide.LOCAL);
      assertThat(rig.media.session(call).negotiated().direction())
          .isEqualTo(MediaDirection.SENDONLY);
      rig.agent.resume(call).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Resumed.class, WAIT);
      assertThat(rig.media.session(call).negotiated().direction())
          .isEqualTo(MediaDirection.SENDRECV);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
    }
  }

  /** The first renegotiation applied to {@code call}'s media session, waited for. */
  private static NegotiatedMedia awaitUpdate(AgentRig rig, CallId call)
      throws InterruptedException {
    FakeMediaEngine.FakeSession session = rig.media.session(call);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (session.updates.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no media update for " + call);
      }
      Thread.sleep(20);
    }
    return session.updates.get(0);
  }
}
