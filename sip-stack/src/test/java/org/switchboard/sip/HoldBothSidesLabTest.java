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
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.testkit.Lab;

/**
 * Two agents on one call through Kamailio, each holding and resuming: the hold state per side
 * (LOCAL, REMOTE, BOTH) and the stream's direction on each side after every step.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HoldBothSidesLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  /** A call from {@code a} to {@code b}, answered; returns {a's id, b's id}. */
  private static CallId[] connect(AgentRig a, AgentRig b, String bUser) throws Exception {
    CallId atA = a.agent.dial(bUser).get(5, TimeUnit.SECONDS);
    CallId atB = b.events.awaitCall(CallEvent.Incoming.class, WAIT).callId();
    b.agent.answer(atB).get(5, TimeUnit.SECONDS);
    a.events.awaitCall(CallEvent.Answered.class, WAIT);
    b.events.awaitCall(CallEvent.Answered.class, WAIT);
    return new CallId[] {atA, atB};
  }

  private static HoldSide heldSide(AgentRig rig) {
    return rig.events.awaitCall(CallEvent.Held.class, WAIT).side();
  }

  private static MediaDirection direction(AgentRig rig, CallId call) {
    return rig.media.session(call).negotiated().direction();
  }

  @Test
  void holdingACallThePeerAlreadyHoldsMakesItInactiveAndHeldByBoth() throws Exception {
    try (AgentRig a =
            AgentRig.registered(lab, "3115", 16236, FakeMediaEngine.withTelephoneEvents());
        AgentRig b =
            AgentRig.registered(lab, "3116", 16237, FakeMediaEngine.withTelephoneEvents())) {
      CallId[] ids = connect(a, b, "3116");

      a.agent.hold(ids[0]).get(5, TimeUnit.SECONDS);
      assertThat(heldSide(a)).isEqualTo(HoldSide.LOCAL);
      assertThat(heldSide(b)).isEqualTo(HoldSide.REMOTE);

      b.agent.hold(ids[1]).get(5, TimeUnit.SECONDS);
      assertThat(heldSide(b)).isEqualTo(HoldSide.BOTH);
      assertThat(heldSide(a)).isEqualTo(HoldSide.BOTH);
      assertThat(direction(a, ids[0])).isEqualTo(MediaDirection.INACTIVE);
      assertThat(direction(b, ids[1])).isEqualTo(MediaDirection.INACTIVE);
    }
  }

  @Test
  void resumingFromBothThenFromRemoteEndsWithNeitherHolding() throws Exception {
    try (AgentRig a =
            AgentRig.registered(lab, "3117", 16238, FakeMediaEngine.withTelephoneEvents());
        AgentRig b =
            AgentRig.registered(lab, "3118", 16239, FakeMediaEngine.withTelephoneEvents())) {
      CallId[] ids = connect(a, b, "3118");
      a.agent.hold(ids[0]).get(5, TimeUnit.SECONDS);
      heldSide(a);
      heldSide(b);
      b.agent.hold(ids[1]).get(5, TimeUnit.SECONDS);
      assertThat(heldSide(b)).isEqualTo(HoldSide.BOTH);
      assertThat(heldSide(a)).isEqualTo(HoldSide.BOTH);

      a.agent.resume(ids[0]).get(5, TimeUnit.SECONDS);
      assertThat(heldSide(a)).isEqualTo(HoldSide.REMOTE);
      assertThat(heldSide(b)).isEqualTo(HoldSide.LOCAL);
      assertThat(direction(a, ids[0])).isEqualTo(MediaDirection.RECVONLY);
      assertThat(direction(b, ids[1])).isEqualTo(MediaDirection.SENDONLY);

      b.agent.resume(ids[1]).get(5, TimeUnit.SECONDS);
      b.events.awaitCall(CallEvent.Resumed.class, WAIT);
      a.events.awaitCall(CallEvent.Resumed.class, WAIT);
      assertThat(direction(a, ids[0])).isEqualTo(MediaDirection.SENDRECV);
      assertThat(direction(b, ids[1])).isEqualTo(MediaDirection.SENDRECV);
    }
  }
}
