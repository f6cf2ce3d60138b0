package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.Role;
import org.switchboard.queue.service.definitions.ServiceLevel;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Membership;
import org.switchboard.queue.service.routing.Strategy;

/**
 * Penalty levels widen with the wait by themselves: a call that only an agent of a higher penalty
 * could take is offered to them once it has waited long enough, with no other event in between.
 */
class WideningTest {
  private static final QueueDefinition SALES =
      new QueueDefinition(
          "sales",
          "Sales",
          Strategy.LONGEST_IDLE,
          Duration.ofSeconds(10),
          Map.of(),
          Duration.ofSeconds(15),
          Duration.ZERO,
          null,
          Duration.ZERO,
          "default",
          "9",
          new ServiceLevel(Duration.ofSeconds(20), Duration.ZERO),
          CentreFixture.wrapUp(WrapUpMode.OPTIONAL, 0, true));

  /** ann at penalty 0, bob at 1, cid at 2. */
  private final CentreFixture f =
      new CentreFixture(
          CentreFixture.definition(
              List.of(SALES), List.of(agent("ann", 0), agent("bob", 1), agent("cid", 2)), 3));

  private static AgentDefinition agent(String id, int penalty) {
    return new AgentDefinition(
        id, id, Role.AGENT, "10" + id, List.of(new Membership("sales", penalty, 0)), Map.of());
  }

  @Test
  void aWaitingCallReachesTheNextPenaltyLevelWhenItsWaitCrossesWidenEvery() {
    f.ready("cid", "sales");
    f.ready("bob", "sales");
    f.enqueue("c1", "sales");
    assertThat(f.offersMade()).as("only penalty 0 at first").isEmpty();

    f.advance(9);
    assertThat(f.offersMade()).isEmpty();
    f.advance(1);
    assertThat(f.offersMade())
        .singleElement()
        .satisfies(o -> assertThat(o.agents()).containsExactly("bob"));
  }

  @Test
  void theWideningGoesOnLevelByLevelAndStopsOnceTheCallIsAnswered() {
    f.ready("cid", "sales");
    f.enqueue("c1", "sales");

    f.advance(10);
    assertThat(f.offersMade()).as("bob is not ready: level 1 has nobody").isEmpty();
    f.advance(10);
    assertThat(f.offerTo("cid").interaction().id()).isEqualTo("c1");
    f.answer("cid");

    f.advance(60);
    assertThat(f.offersMade()).hasSize(1);
    assertThat(f.timers.pending()).as("no widening timer is left behind").isZero();
  }
}
