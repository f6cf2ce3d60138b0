package org.switchboard.sip.internal.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.media.MediaDirection;

class HoldStatesTest {
  @Test
  void ourOfferStopsReceivingWhileWeHoldAndSendingWhileThePeerHolds() {
    assertThat(HoldStates.offerDirection(false, false)).isEqualTo(MediaDirection.SENDRECV);
    assertThat(HoldStates.offerDirection(true, false)).isEqualTo(MediaDirection.SENDONLY);
    assertThat(HoldStates.offerDirection(false, true)).isEqualTo(MediaDirection.RECVONLY);
    assertThat(HoldStates.offerDirection(true, true)).isEqualTo(MediaDirection.INACTIVE);
  }

  @Test
  void theSideNamesWhoHolds() {
    assertThat(HoldStates.side(true, false)).isEqualTo(HoldSide.LOCAL);
    assertThat(HoldStates.side(false, true)).isEqualTo(HoldSide.REMOTE);
    assertThat(HoldStates.side(true, true)).isEqualTo(HoldSide.BOTH);
  }

  @RepeatedTest(20)
  void glareDelaysFollowRfc3261Section14Point1() {
    Duration owner = SessionUpdates.glareDelay(true);
    Duration other = SessionUpdates.glareDelay(false);
    assertThat(owner).isBetween(Duration.ofMillis(2100), Duration.ofMillis(4000));
    assertThat(other).isBetween(Duration.ZERO, Duration.ofMillis(2000));
    assertThat(owner.toMillis() % 10).isZero();
    assertThat(other.toMillis() % 10).isZero();
  }
}
