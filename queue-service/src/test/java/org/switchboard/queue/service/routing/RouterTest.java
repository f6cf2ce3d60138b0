package org.switchboard.queue.service.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RouterTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private final MovableClock clock = new MovableClock();
  private final Router router = new Router(clock, new Random(3));

  private void queue(Strategy strategy) {
    router.putQueue(new QueueRules("sales", strategy, Duration.ofSeconds(30)));
  }

  private static Agent agent(String id, int penalty, int order, long idleSeconds) {
    return new Agent(
        id,
        List.of(new Membership("sales", penalty, order)),
        Map.of(),
        true,
        T0.minusSeconds(idleSeconds),
        0,
        Duration.ZERO);
  }

  private WaitingCall call(String id) {
    return new WaitingCall(id, "sales", clock.instant(), 0, Map.of());
  }

  private List<String> route() {
    return router.route("sales").map(Offer::agents).orElse(List.of());
  }

  @Test
  void longestIdleOffersTheAgentIdleTheLongest() {
    queue(Strategy.LONGEST_IDLE);
    router.putAgent(agent("ann", 0, 1, 10));
    router.putAgent(agent("bob", 0, 2, 300));
    router.enqueue(call("c1"));
    assertThat(route()).containsExactly("bob");
  }

  @Test
  void fewestCallsAndLeastTalkTimeCompareTheirFigures() {
    queue(Strategy.FEWEST_CALLS);
    router.putAgent(withFigures(agent("ann", 0, 1, 300), 9, 100));
    router.putAgent(withFigures(agent("bob", 0, 2, 10), 2, 900));
    router.enqueue(call("c1"));
    assertThat(route()).containsExactly("bob");

    router.putQueue(new QueueRules("sales", Strategy.LEAST_TALK_TIME, Duration.ZERO));
    router.putAgent(withFigures(agent("bob", 0, 2, 10), 2, 900));
    router.putAgent(withFigures(agent("cid", 0, 3, 10), 7, 50));
    router.enqueue(call("c2"));
    assertThat(route()).containsExactly("cid");
  }

  @Test
  void linearAlwaysStartsAtTheTopAndRoundRobinTakesTurns() {
    queue(Strategy.LINEAR);
    router.putAgent(agent("ann", 0, 1, 10));
    router.putAgent(agent("bob", 0, 2, 300));
    router.enqueue(call("c1"));
    assertThat(route()).containsExactly("ann");
    router.answered("c1", "ann");

    router.putQueue(new QueueRules("sales", Strategy.ROUND_ROBIN, Duration.ZERO));
    router.putAgent(agent("ann", 0, 1, 10));
    router.putAgent(agent("cid", 0, 3, 10));
    List<String> turns = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      router.enqueue(call("r" + i));
      String got = route().get(0);
      turns.add(got);
      router.answered("r" + i, got);
      router.putAgent(agent(got, 0, order(got), 10));
    }
    assertThat(turns).containsExactly("bob", "cid", "ann", "bob");
  }

  @Test
  void randomPicksOnlyEligibleAgentsAndSpreadsThem() {
    queue(Strategy.RANDOM);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 40; i++) {
      router.putAgent(agent("ann", 0, 1, 10));
      router.putAgent(agent("bob", 0, 2, 10));
      router.putAgent(agent("cid", 5, 3, 10)); // penalty out of reach
      router.enqueue(call("c" + i));
      seen.addAll(route());
    }
    assertThat(seen).containsExactlyInAnyOrder("ann", "bob");
  }

  @Test
  void ringAllOffersEveryEligibleAgentAndFreesTheOthersOnAnswer() {
    queue(Strategy.RING_ALL);
    router.putAgent(agent("ann", 0, 1, 10));
    router.putAgent(agent("bob", 0, 2, 10));
    router.enqueue(call("c1"));
    assertThat(route()).containsExactly("ann", "bob");
    router.enqueue(call("c2"));
    assertThat(route()).as("everyone is reserved").isEmpty();

    router.answered("c1", "bob");
    assertThat(agentNamed("ann").available()).isTrue();
    assertThat(agentNamed("bob").available()).isFalse();
    assertThat(route()).containsExactly("ann");
  }

  @Test
  void skillsMustMatchAndACallNobodyCanServeDoesNotHoldUpTheNext() {
    queue(Strategy.LONGEST_IDLE);
    router.putAgent(withSkills(agent("ann", 0, 1, 10), Map.of("language:en", 3)));
    router.enqueue(new WaitingCall("persian", "sales", T0, 0, Map.of("language:fa", 1)));
    clock.advance(Duration.ofSeconds(1));
    router.enqueue(
        new WaitingCall("english", "sales", clock.instant(), 0, Map.of("language:en", 2)));

    Optional<Offer> offer = router.route("sales");
    assertThat(offer).map(o -> o.call().id()).contains("english");
    assertThat(router.waiting("sales")).extracting(WaitingCall::id).containsExactly("persian");

    router.putAgent(withSkills(agent("bob", 0, 2, 10), Map.of("language:fa", 2)));
    assertThat(route()).containsExactly("bob");
  }

  @Test
  void higherPenaltiesAreReachedAsTheCallWaits() {
    queue(Strategy.LONGEST_IDLE);
    router.putAgent(agent("backup", 2, 1, 10));
    router.enqueue(call("c1"));
    assertThat(route()).isEmpty();
    clock.advance(Duration.ofSeconds(59));
    assertThat(route()).as("one level after 30 s").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(route()).as("two levels after 60 s").containsExactly("backup");
  }

  @Test
  void priorityComesBeforeWaitingTime() {
    queue(Strategy.LONGEST_IDLE);
    router.enqueue(call("ordinary"));
    clock.advance(Duration.ofSeconds(5));
    router.enqueue(new WaitingCall("gold", "sales", clock.instant(), 10, Map.of()));
    router.putAgent(agent("ann", 0, 1, 10));
    assertThat(router.route("sales")).map(o -> o.call().id()).contains("gold");
  }

  @Test
  void aMissedOfferPutsTheCallBackAtTheHeadAndFreesTheAgent() {
    queue(Strategy.LONGEST_IDLE);
    router.putAgent(agent("ann", 0, 1, 10));
    router.enqueue(call("first"));
    clock.advance(Duration.ofSeconds(5));
    router.enqueue(call("second"));
    assertThat(router.route("sales")).map(o -> o.call().id()).contains("first");

    router.missed("first");

    assertThat(agentNamed("ann").available()).isTrue();
    assertThat(router.route("sales")).map(o -> o.call().id()).contains("first");
    assertThatThrownBy(() -> router.missed("nobody")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAgentWithAnOpenOfferStaysReservedWhenTheirFiguresChange() {
    queue(Strategy.LONGEST_IDLE);
    router.putAgent(agent("ann", 0, 1, 10));
    router.enqueue(call("c1"));
    assertThat(route()).containsExactly("ann");
    router.putAgent(agent("ann", 0, 1, 99)); // e.g. a presence update racing the offer
    router.enqueue(call("c2"));
    assertThat(route()).isEmpty();
  }

  @Test
  @Timeout(60)
  void underConcurrentLoadNoAgentIsEverOfferedTwoCalls() throws Exception {
    router.putQueue(new QueueRules("sales", Strategy.RING_ALL, Duration.ZERO));
    router.putQueue(new QueueRules("support", Strategy.LONGEST_IDLE, Duration.ZERO));
    for (int i = 0; i < 20; i++) {
      router.putAgent(
          new Agent(
              "a" + i,
              List.of(new Membership("sales", i % 3, i), new Membership("support", 0, i)),
              Map.of(),
              true,
              T0,
              0,
              Duration.ZERO));
    }
    Set<String> busy = ConcurrentHashMap.newKeySet();
    AtomicInteger doubleBooked = new AtomicInteger();
    AtomicInteger offered = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch done = new CountDownLatch(8);
    for (int t = 0; t < 8; t++) {
      int thread = t;
      pool.execute(
          () -> {
            Random random = new Random(thread);
            for (int i = 0; i < 3000; i++) {
              String queue = random.nextBoolean() ? "sales" : "support";
              String id = thread + "-" + i;
              router.enqueue(new WaitingCall(id, queue, T0, random.nextInt(3), Map.of()));
              router.route(queue).ifPresent(offer -> serve(offer, random, busy, doubleBooked));
              offered.incrementAndGet();
            }
            done.countDown();
          });
    }
    assertThat(done.await(50, TimeUnit.SECONDS)).isTrue();
    pool.shutdown();
    assertThat(doubleBooked.get()).isZero();
    assertThat(offered.get()).isEqualTo(24_000);
  }

  /** Marks the offer's agents busy, checking none already was, then answers or misses it. */
  private void serve(Offer offer, Random random, Set<String> busy, AtomicInteger doubleBooked) {
    for (String a : offer.agents()) {
      if (!busy.add(a)) {
        doubleBooked.incrementAndGet();
      }
    }
    String winner = offer.agents().get(random.nextInt(offer.agents().size()));
    boolean answer = random.nextInt(4) != 0;
    // Free the agents in our bookkeeping before the router can offer them again.
    offer.agents().forEach(busy::remove);
    if (answer) {
      router.answered(offer.call().id(), winner);
      router.putAgent(agentNamed(winner).withAvailable(true));
    } else {
      router.missed(offer.call().id());
    }
  }

  private Agent agentNamed(String id) {
    return Objects.requireNonNull(router.agents().get(id), id);
  }

  private static int order(String id) {
    return id.equals("ann") ? 1 : id.equals("bob") ? 2 : 3;
  }

  private static Agent withFigures(Agent a, int calls, long talkSeconds) {
    return new Agent(
        a.id(),
        a.memberships(),
        a.skills(),
        true,
        a.idleSince(),
        calls,
        Duration.ofSeconds(talkSeconds));
  }

  private static Agent withSkills(Agent a, Map<String, Integer> skills) {
    return new Agent(
        a.id(), a.memberships(), skills, true, a.idleSince(), a.callsHandled(), a.talkTime());
  }

  /** A clock tests move by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = T0;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
