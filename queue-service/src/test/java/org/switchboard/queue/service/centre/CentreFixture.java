package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.Disposition;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.definitions.IvrStep;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ReasonCode;
import org.switchboard.queue.service.definitions.Role;
import org.switchboard.queue.service.definitions.ServiceLevel;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.definitions.WrapUpPolicy;
import org.switchboard.queue.service.routing.Membership;
import org.switchboard.queue.service.routing.Strategy;
import org.switchboard.queue.service.timing.ManualTimers;
import org.switchboard.testkit.ManualClock;

/** A small centre on manual time, recording every event, for the centre's and figures' tests. */
public final class CentreFixture {
  public static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final Duration OFFER_TIMEOUT = Duration.ofSeconds(15);

  public final ManualClock clock = new ManualClock(T0);
  public final ManualTimers timers = new ManualTimers(clock);
  final List<CentreEvent> events = new ArrayList<>();
  public final ContactCentre centre;

  public CentreFixture(QueueDefinition... queues) {
    this(definition(List.of(queues), agents(queues), 3));
  }

  CentreFixture(CentreDefinition definition) {
    centre = new ContactCentre(definition, clock, timers, new Random(7));
    centre.addListener(events::add);
  }

  /** A queue with the common defaults: longest idle, 15 s offers, optional wrap-up, no overflow. */
  public static QueueDefinition queue(String id) {
    return queue(
        id, Strategy.LONGEST_IDLE, new WrapUpPolicy(WrapUpMode.OPTIONAL, Duration.ZERO, true));
  }

  static QueueDefinition queue(String id, Strategy strategy, WrapUpPolicy wrapUp) {
    return queue(id, strategy, wrapUp, Duration.ZERO, null, Duration.ZERO);
  }

  public static QueueDefinition queue(
      String id,
      Strategy strategy,
      WrapUpPolicy wrapUp,
      Duration maxWait,
      @Nullable String overflow,
      Duration shortAbandon) {
    return new QueueDefinition(
        id,
        id,
        strategy,
        Duration.ZERO,
        Map.of(),
        OFFER_TIMEOUT,
        maxWait,
        overflow,
        Duration.ZERO,
        "default",
        "9",
        new ServiceLevel(Duration.ofSeconds(20), shortAbandon),
        wrapUp);
  }

  public static WrapUpPolicy wrapUp(WrapUpMode mode, int seconds, boolean autoReady) {
    return new WrapUpPolicy(mode, Duration.ofSeconds(seconds), autoReady);
  }

  /** ann, bob, cid, dee: members of every queue, skills: ann and bob speak fa. */
  static List<AgentDefinition> agents(QueueDefinition... queues) {
    List<Membership> all = new ArrayList<>();
    for (int i = 0; i < queues.length; i++) {
      all.add(new Membership(queues[i].id(), 0, i));
    }
    List<AgentDefinition> agents = new ArrayList<>();
    for (String id : List.of("ann", "bob", "cid", "dee")) {
      Map<String, Integer> skills =
          id.equals("ann") || id.equals("bob") ? Map.of("language:fa", 1) : Map.of();
      agents.add(new AgentDefinition(id, id, Role.AGENT, "10" + id, all, skills));
    }
    return agents;
  }

  static CentreDefinition definition(
      List<QueueDefinition> queues, List<AgentDefinition> agents, int missedBeforeNotReady) {
    Map<String, QueueDefinition> q = new LinkedHashMap<>();
    queues.forEach(d -> q.put(d.id(), d));
    Map<String, AgentDefinition> a = new LinkedHashMap<>();
    agents.forEach(d -> a.put(d.id(), d));
    String first = queues.get(0).id();
    IvrStep menu =
        new IvrStep(
            "menu",
            "welcome",
            Map.of("1", IvrChoice.toQueue(first)),
            null,
            0,
            0,
            Duration.ofSeconds(5),
            "*",
            3,
            null,
            IvrChoice.toQueue(first));
    return new CentreDefinition(
        q,
        a,
        Map.of(
            ReasonCode.MISSED,
            new ReasonCode(ReasonCode.MISSED, "Missed", false),
            "BREAK",
            new ReasonCode("BREAK", "Break", false)),
        Map.of(
            "RESOLVED", new Disposition("RESOLVED", "Resolved", List.of()),
            "SALE", new Disposition("SALE", "Sale", List.of(first))),
        Map.of(
            "main",
            new EntryPoint(
                "main", List.of("800"), List.of("en", "fa"), "hello", "menu", Map.of("menu", menu)),
            "solo",
            new EntryPoint(
                "solo", List.of("801"), List.of("en"), "hello", "menu", Map.of("menu", menu))),
        missedBeforeNotReady,
        Duration.ofSeconds(30));
  }

  static NewCall call(String id, String queue) {
    return new NewCall(
        id, "+4930123456", "800", null, queue, null, Map.of("account", "42"), 0, Map.of());
  }

  public Interaction enqueue(String id, String queue) {
    return centre.enqueue(call(id, queue));
  }

  public AgentState ready(String agent, String... queues) {
    centre.login(agent, Set.of(queues));
    return centre.setPresence(agent, Presence.READY, null);
  }

  public void advance(int seconds) {
    timers.advance(Duration.ofSeconds(seconds));
  }

  /** The newest offer made to {@code agent}. */
  public OfferInfo offerTo(String agent) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) instanceof CentreEvent.OfferMade) {
        OfferInfo offer = ((CentreEvent.OfferMade) events.get(i)).offer();
        if (offer.agents().contains(agent)) {
          return offer;
        }
      }
    }
    throw new AssertionError("no offer to " + agent + " in " + events);
  }

  List<OfferInfo> offersMade() {
    return events.stream()
        .filter(e -> e instanceof CentreEvent.OfferMade)
        .map(e -> ((CentreEvent.OfferMade) e).offer())
        .toList();
  }

  List<CentreEvent.OfferEnded> offersEnded() {
    return events.stream()
        .filter(e -> e instanceof CentreEvent.OfferEnded)
        .map(e -> (CentreEvent.OfferEnded) e)
        .toList();
  }

  /** Offers the waiting call to ready {@code agent} and has them answer it. */
  public OfferInfo answer(String agent) {
    OfferInfo offer = offerTo(agent);
    centre.offerRinging(offer.id(), agent);
    centre.offerAccepted(offer.id(), agent);
    return offer;
  }

  public Interaction interaction(String id) {
    return centre.interaction(id).orElseThrow();
  }

  RoutingState routing(String agent) {
    return centre.agent(agent).routing();
  }

  PresenceChoice presence(String agent) {
    return centre.agent(agent).presence();
  }
}
