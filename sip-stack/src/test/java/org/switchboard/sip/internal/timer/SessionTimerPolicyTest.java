package org.switchboard.sip.internal.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionTimerPolicyTest {
  private final SessionTimerPolicy policy = new SessionTimerPolicy(1800);

  @Test
  void anIntervalBelowOurMinSeIsTooSmall() {
    assertThat(policy.answer(new SessionInterval(60, null), true, 0))
        .isEqualTo(new SessionTimerPolicy.TooSmall(90));
  }

  @Test
  void aSupportingCallerWithoutARefresherIsMadeTheRefresher() {
    var answer = policy.answer(new SessionInterval(900, null), true, 90);
    assertThat(answer).isEqualTo(new SessionTimerPolicy.WithTimer(900, "uac", true));
    assertThat(((SessionTimerPolicy.WithTimer) answer).negotiated().weRefresh()).isFalse();
  }

  @Test
  void aCallerWithoutTimerSupportLeavesUsRefreshingAndRequiresNothing() {
    var answer = policy.answer(null, false, 0);
    assertThat(answer).isEqualTo(new SessionTimerPolicy.WithTimer(1800, "uas", false));
    assertThat(((SessionTimerPolicy.WithTimer) answer).negotiated().weRefresh()).isTrue();
  }

  @Test
  void weLowerALongIntervalToOursButNotBelowThePeersMinSe() {
    var small = new SessionTimerPolicy(120);
    assertThat(small.answer(new SessionInterval(3600, "uac"), true, 300))
        .isEqualTo(new SessionTimerPolicy.WithTimer(300, "uac", true));
  }

  @Test
  void turnedOffWeAnswerWithoutATimerUnlessAsked() {
    var off = new SessionTimerPolicy(0);
    assertThat(off.answer(null, true, 0)).isEqualTo(new SessionTimerPolicy.NoTimer());
    assertThat(off.answer(new SessionInterval(600, "uas"), true, 0))
        .isEqualTo(new SessionTimerPolicy.WithTimer(600, "uas", true));
  }

  @Test
  void afterOurRequestTheRefresherFollowsTheAnswer() {
    assertThat(policy.afterSuccess(new SessionInterval(90, "uac")).orElseThrow().weRefresh())
        .isTrue();
    assertThat(policy.afterSuccess(new SessionInterval(90, "uas")).orElseThrow().weRefresh())
        .isFalse();
    assertThat(policy.afterSuccess(null)).isEmpty();
  }

  @Test
  void retryAfter422AsksForTheLargerOfOursAndTheMinSe() {
    assertThat(new SessionTimerPolicy(90).afterTooSmall(120)).isEqualTo(120);
    assertThat(policy.afterTooSmall(120)).isEqualTo(1800);
  }

  @Test
  void refreshAtHalfAndExpiryBeforeTheEnd() {
    assertThat(SessionTimerPolicy.refreshDelay(90)).isEqualTo(Duration.ofSeconds(45));
    assertThat(SessionTimerPolicy.expiryDelay(90)).isEqualTo(Duration.ofSeconds(60));
    assertThat(SessionTimerPolicy.expiryDelay(1800)).isEqualTo(Duration.ofSeconds(1768));
  }

  @Test
  void aConfiguredIntervalBelow90NamesTheSetting() {
    assertThatThrownBy(() -> new SessionTimerPolicy(30))
        .hasMessageContaining("sessionExpiresSeconds");
  }

  @Test
  void sessionExpiresValuesAreParsedDefensively() {
    assertThat(SessionInterval.parse(" 90 ; refresher=UAS"))
        .contains(new SessionInterval(90, "uas"));
    assertThat(SessionInterval.parse("90;refresher=bogus")).contains(new SessionInterval(90, null));
    assertThat(SessionInterval.parse("-5")).isEmpty();
    assertThat(SessionInterval.parse("lots")).isEmpty();
  }
}
