package org.switchboard.sip.internal.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.sip.internal.dns.SrvOrder.Srv;

class SrvOrderTest {
  private static final Srv BACKUP = new Srv(20, 0, "backup.example.", 5060);
  private static final Srv HEAVY = new Srv(10, 90, "heavy.example.", 5060);
  private static final Srv LIGHT = new Srv(10, 10, "light.example.", 5060);

  @Test
  void lowerPriorityComesFirstWhateverTheWeights() {
    assertThat(SrvOrder.order(List.of(BACKUP, LIGHT, HEAVY), bound -> 0).get(2)).isEqualTo(BACKUP);
  }

  @Test
  void withinAPriorityTheRandomPickFollowsTheRunningSumOfWeights() {
    // Sorted by weight: LIGHT (running sum 10), HEAVY (100). A pick of 50 lands on HEAVY.
    assertThat(SrvOrder.order(List.of(LIGHT, HEAVY), bound -> 50)).containsExactly(HEAVY, LIGHT);
    assertThat(SrvOrder.order(List.of(HEAVY, LIGHT), bound -> 5)).containsExactly(LIGHT, HEAVY);
  }

  @Test
  void zeroWeightsAreStillTried() {
    Srv a = new Srv(1, 0, "a.", 1);
    Srv b = new Srv(1, 0, "b.", 2);
    assertThat(SrvOrder.order(List.of(a, b), bound -> 0)).containsExactlyInAnyOrder(a, b);
  }
}
