package org.switchboard.queue.service.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The router's direct offers, withdrawals and ring-all declines (added for the centre). */
class RouterReservationTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private final Router router = new Router(Clock.fixed(T0, ZoneOffset.UTC), new Random(1));

  RouterReservationTest() {
    router.putQueue(new QueueRules("sales", Strategy.RING_ALL, Duration.ZERO));
    for (String id : List.of("ann", "bob")) {
      router.putAgent(
          new Agent(
              id, List.of(new Membership("sales", 0, 0)), Map.of(), true, T0, 0, Duration.ZERO));
    }
  }

  private static WaitingCall call(String id) {
    return new WaitingCall(id, "sales", T0, 0, Map.of());
  }

  @Test
  void offerToReservesTheNamedAgentOnlyWhenAvailable() {
    assertThat(router.offerTo(call("c1"), "ann")).map(Offer::agents).contains(List.of("ann"));
    assertThat(router.offerTo(call("c2"), "ann")).isEmpty();
    assertThat(router.offerTo(call("c3"), "zed")).isEmpty();
    router.enqueue(call("c4"));
    assertThat(router.route("sales")).map(Offer::agents).contains(List.of("bob"));
  }

  @Test
  void withdrawFreesTheAgentsWithoutRequeueingTheCall() {
    router.enqueue(call("c1"));
    router.route("sales");

    assertThat(router.withdraw("c1")).isPresent();

    assertThat(router.waiting("sales")).isEmpty();
    assertThat(router.agents().values()).allMatch(Agent::available);
    assertThat(router.withdraw("c1")).isEmpty();
  }

  @Test
  void declineLeavesTheOthersRingingAndTheLastOneSendsTheCallBack() {
    router.enqueue(call("c1"));
    router.route("sales");

    assertThat(router.decline("c1", "ann")).map(Offer::agents).contains(List.of("bob"));
    assertThat(java.util.Objects.requireNonNull(router.agents().get("ann")).available()).isTrue();
    assertThat(java.util.Objects.requireNonNull(router.agents().get("bob")).available()).isFalse();

    assertThat(router.decline("c1", "bob")).isEmpty();
    assertThat(router.waiting("sales")).extracting(WaitingCall::id).containsExactly("c1");
    assertThatThrownBy(() -> router.decline("c1", "bob")).isInstanceOf(IllegalStateException.class);
  }
}
