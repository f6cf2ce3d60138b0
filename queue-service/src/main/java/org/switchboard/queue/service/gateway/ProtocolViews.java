package org.switchboard.queue.service.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.InteractionTimes;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferEndedView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.protocol.WrapUpBody;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.Leg;
import org.switchboard.queue.service.centre.OfferInfo;
import org.switchboard.queue.service.centre.PresenceChoice;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.figures.QueueFigures;

/** The centre's values as protocol records. Pure. */
final class ProtocolViews {
  private ProtocolViews() {}

  static AgentView agent(AgentState agent, String name) {
    PresenceChoice next = agent.next();
    return new AgentView(
        agent.id(),
        name,
        presence(agent.presence()),
        agent.since(),
        next == null ? null : presence(next),
        WireRoutingState.valueOf(agent.routing().name()),
        agent.since(),
        agent.queues().stream().sorted().toList(),
        agent.interaction(),
        agent.missedInRow(),
        agent.version());
  }

  static PresenceView presence(PresenceChoice choice) {
    return new PresenceView(WirePresence.valueOf(choice.presence().name()), choice.reason());
  }

  static InteractionView interaction(Interaction call) {
    List<Leg> legs = call.legs();
    Leg last = legs.get(legs.size() - 1);
    List<InteractionTimes.HoldPeriod> holds = new ArrayList<>();
    legs.forEach(
        leg ->
            leg.holds()
                .forEach(h -> holds.add(new InteractionTimes.HoldPeriod(h.held(), h.resumed()))));
    InteractionTimes times =
        new InteractionTimes(
            legs.get(0).enqueued(),
            last.offered(),
            last.answered(),
            holds,
            call.ended(),
            last.wrapUpEnded(),
            last.abandoned());
    return new InteractionView(
        call.id(),
        call.status().name().toLowerCase(Locale.ROOT),
        call.ani(),
        call.dnis(),
        orEmpty(call.entryPoint()),
        call.queue(),
        orEmpty(call.language()),
        call.agent(),
        call.attached(),
        call.notes().stream()
            .map(n -> new InteractionView.Note(n.author(), n.at(), n.text()))
            .toList(),
        legViews(legs),
        times,
        null,
        call.endReason() == null ? null : call.endReason().name().toLowerCase(Locale.ROOT),
        lastWrapUp(legs),
        call.openConsult().map(ProtocolViews::consult).orElse(null));
  }

  /** An open consult leg: answered once its agent (or outside number) answered. */
  private static InteractionView.Consult consult(Leg leg) {
    String state;
    if (leg.answered() != null) {
      state = InteractionView.Consult.ANSWERED;
    } else if (leg.offered() != null || leg.number() != null) {
      state = InteractionView.Consult.RINGING;
    } else {
      state = InteractionView.Consult.WAITING;
    }
    return new InteractionView.Consult(state, leg.queue(), leg.agent(), leg.number());
  }

  private static List<InteractionView.Leg> legViews(List<Leg> legs) {
    List<InteractionView.Leg> views = new ArrayList<>();
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      String reason =
          i == 0 ? "entered" : leg.consult() ? "consult" : leg.direct() ? "transfer" : "moved";
      views.add(new InteractionView.Leg(leg.queue(), leg.agent(), leg.enqueued(), reason));
    }
    return views;
  }

  private static @Nullable WrapUpBody lastWrapUp(List<Leg> legs) {
    for (int i = legs.size() - 1; i >= 0; i--) {
      var wrapUp = legs.get(i).wrapUp();
      if (wrapUp != null) {
        return new WrapUpBody(wrapUp.disposition(), wrapUp.notes(), wrapUp.tags());
      }
    }
    return null;
  }

  static OfferView offer(OfferInfo offer) {
    long waited = Duration.between(offer.interaction().enqueued(), offer.made()).toSeconds();
    return new OfferView(
        offer.id(),
        offer.agents(),
        interaction(offer.interaction()),
        Math.max(0, waited),
        offer.expires());
  }

  static OfferEndedView offerEnded(CentreEvent.OfferEnded ended) {
    return new OfferEndedView(
        ended.offer().id(),
        ended.offer().interaction().id(),
        ended.outcome().name().toLowerCase(Locale.ROOT),
        ended.agent());
  }

  static QueueFiguresView figures(QueueFigures f, long thresholdSeconds) {
    return new QueueFiguresView(
        f.queue(),
        f.computedAt(),
        f.waiting(),
        f.longestWait().toSeconds(),
        f.serviceLevel(),
        thresholdSeconds,
        f.answered() == 0 ? null : f.asa().toMillis() / 1000.0,
        f.aht().isZero() && f.answered() == 0 ? null : f.aht().toMillis() / 1000.0,
        f.abandonRate(),
        lowerKeys(f.agentsByPresence()),
        lowerKeys(f.agentsByRouting()),
        f.occupancy());
  }

  private static Map<String, Integer> lowerKeys(Map<? extends Enum<?>, Integer> counts) {
    return counts.entrySet().stream()
        .collect(
            Collectors.toMap(
                e -> e.getKey().name().toLowerCase(Locale.ROOT),
                Map.Entry::getValue,
                Integer::sum,
                TreeMap::new));
  }

  static CatalogueView catalogue(CentreDefinition centre) {
    return new CatalogueView(
        centre.queues().values().stream()
            .sorted((a, b) -> a.id().compareTo(b.id()))
            .map(
                q ->
                    new CatalogueView.QueueInfo(
                        q.id(),
                        q.name(),
                        q.wrapUp().mode().name().toLowerCase(Locale.ROOT),
                        q.wrapUp().time().toSeconds(),
                        q.serviceLevel().threshold().toSeconds()))
            .toList(),
        centre.reasonCodes().values().stream()
            .sorted((a, b) -> a.code().compareTo(b.code()))
            .map(r -> new CatalogueView.ReasonInfo(r.code(), r.label()))
            .toList(),
        centre.dispositions().values().stream()
            .sorted((a, b) -> a.code().compareTo(b.code()))
            .map(d -> new CatalogueView.DispositionInfo(d.code(), d.label(), d.queues()))
            .toList());
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
