package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.centre.CentreFixture.queue;
import static org.switchboard.queue.service.centre.CentreFixture.wrapUp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.Role;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Membership;
import org.switchboard.queue.service.routing.Strategy;

/**
 * Random commands from many agents and callers, through the one thread, checking after every step
 * that no agent is in two offers or calls, and at the end that every call ended somewhere.
 */
class CentreLoadTest {
  private static final int AGENTS = 30;
  private static final int STEPS = 8_000;
  private final Random random = new Random(11);
  private final CentreFixture f;
  private final List<String> agents = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();

  CentreLoadTest() {
    QueueDefinition[] queues = {
      queue("sales", Strategy.RING_ALL, wrapUp(WrapUpMode.TIMED, 10, true)),
      queue(
          "support",
          Strategy.LONGEST_IDLE,
          wrapUp(WrapUpMode.MANDATORY, 0, true),
          Duration.ofSeconds(90),
          "billing",
          Duration.ZERO),
      queue("billing", Strategy.ROUND_ROBIN, wrapUp(WrapUpMode.TIMED_NO_EARLY_EXIT, 5, false)),
    };
    List<AgentDefinition> defined = new ArrayList<>();
    for (int i = 0; i < AGENTS; i++) {
      String id = "a" + i;
      agents.add(id);
      List<Membership> member = new ArrayList<>();
      for (int q = 0; q < queues.length; q++) {
        if ((i + q) % 2 == 0 || q == 1) {
          member.add(new Membership(queues[q].id(), i % 3, i));
        }
      }
      defined.add(new AgentDefinition(id, id, Role.AGENT, "1" + i, member, Map.of()));
    }
    f = new CentreFixture(CentreFixture.definition(List.of(queues), defined, 2));
  }

  @Test
  void noAgentIsEverInTwoOffersOrCallsAndEveryCallEnds() {
    for (int step = 0; step < STEPS; step++) {
      try {
        act(random.nextInt(14));
      } catch (CentreException refusedIsFine) {
        // Random commands are often refused; the invariants below must hold regardless.
      }
      checkInvariants();
    }
    drain();
    assertThat(f.centre.snapshot().interactions()).isEmpty();
    for (String id : calls) {
      Interaction done = f.interaction(id);
      assertThat(done.status()).isEqualTo(InteractionStatus.DONE);
      assertThat(done.endReason()).isNotNull();
    }
    assertThat(calls).hasSizeGreaterThan(800);
    long answered =
        calls.stream()
            .filter(id -> f.interaction(id).legs().stream().anyMatch(l -> l.answered() != null))
            .count();
    long transferred = calls.stream().filter(id -> f.interaction(id).legs().size() > 1).count();
    assertThat(answered).as("answered calls").isGreaterThan(100);
    assertThat(transferred).as("transferred or overflowed calls").isGreaterThan(10);
  }

  private void act(int what) {
    CentreSnapshot now = f.centre.snapshot();
    String agent = agents.get(random.nextInt(agents.size()));
    switch (what) {
      case 0, 1 -> {
        String id = "c" + calls.size();
        f.enqueue(id, List.of("sales", "support", "billing").get(random.nextInt(3)));
        calls.add(id);
      }
      case 2 -> f.centre.login(agent, Set.of());
      case 3 -> f.centre.setPresence(agent, Presence.READY, null);
      case 4 -> {
        if (random.nextBoolean()) {
          f.centre.setPresence(agent, Presence.NOT_READY, "BREAK");
        } else {
          f.centre.setPresence(agent, Presence.OFFLINE, null);
        }
      }
      case 5, 6 -> pickOffer(now, true);
      case 7 -> pickOffer(now, false);
      case 8 -> f.timers.advance(Duration.ofSeconds(random.nextInt(20)));
      case 9 -> withInteraction(now, InteractionStatus.CONNECTED, id -> f.centre.callEnded(id));
      case 10 -> withInteraction(now, InteractionStatus.WAITING, id -> f.centre.abandon(id));
      case 11 ->
          withInteraction(
              now, InteractionStatus.CONNECTED, id -> f.centre.transferToQueue(id, "billing"));
      case 12 -> wrapUpSomeone(now);
      default -> f.centre.logout(agent);
    }
  }

  private void pickOffer(CentreSnapshot now, boolean accept) {
    if (now.offers().isEmpty()) {
      return;
    }
    OfferInfo offer = now.offers().get(random.nextInt(now.offers().size()));
    String agent = offer.agents().get(random.nextInt(offer.agents().size()));
    if (accept) {
      f.centre.offerAccepted(offer.id(), agent);
    } else {
      f.centre.offerRejected(offer.id(), agent);
    }
  }

  private void withInteraction(
      CentreSnapshot now, InteractionStatus status, java.util.function.Consumer<String> command) {
    List<Interaction> matching =
        now.interactions().stream().filter(i -> i.status() == status).toList();
    if (!matching.isEmpty()) {
      command.accept(matching.get(random.nextInt(matching.size())).id());
    }
  }

  private void wrapUpSomeone(CentreSnapshot now) {
    now.agents().stream()
        .filter(a -> a.routing() == RoutingState.WRAP_UP && a.interaction() != null)
        .findFirst()
        .ifPresent(
            a ->
                f.centre.submitWrapUp(
                    a.id(),
                    java.util.Objects.requireNonNull(a.interaction()),
                    "RESOLVED",
                    "",
                    List.of()));
  }

  private void checkInvariants() {
    CentreSnapshot now = f.centre.snapshot();
    Set<String> offered = new HashSet<>();
    for (OfferInfo offer : now.offers()) {
      for (String agent : offer.agents()) {
        assertThat(offered.add(agent)).as("%s in two offers", agent).isTrue();
      }
    }
    Map<String, String> handling = new HashMap<>();
    for (Interaction i : now.interactions()) {
      for (Leg leg : i.legs()) {
        String agent = leg.agent();
        if (agent != null && leg.ended() == null) {
          String before = handling.put(agent, i.id());
          assertThat(before).as("%s handles %s and %s", agent, before, i.id()).isNull();
          assertThat(offered).as("%s talking and offered", agent).doesNotContain(agent);
        }
      }
    }
    for (AgentState agent : now.agents()) {
      boolean inOffer = offered.contains(agent.id());
      boolean reserved =
          agent.routing() == RoutingState.RESERVED || agent.routing() == RoutingState.ALERTING;
      assertThat(inOffer).as("%s routing %s", agent.id(), agent.routing()).isEqualTo(reserved);
    }
  }

  /** Ends everything: callers hang up, agents wrap up, time passes. */
  private void drain() {
    for (int round = 0; round < 20 && !f.centre.snapshot().interactions().isEmpty(); round++) {
      for (Interaction i : f.centre.snapshot().interactions()) {
        try {
          if (i.status() != InteractionStatus.WRAP_UP) {
            f.centre.callEnded(i.id());
          }
        } catch (CentreException alreadyGone) {
          // ended by an earlier step of this round
        }
      }
      for (AgentState a : f.centre.snapshot().agents()) {
        if (a.routing() == RoutingState.WRAP_UP) {
          f.centre.logout(a.id());
        }
      }
      f.timers.advance(Duration.ofSeconds(30));
    }
  }
}
