package org.switchboard.queue.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Disposition;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.WrapUpMode;
import org.switchboard.core.agent.WrapUpPolicy;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;

/**
 * Maps what the queue service says of one agent to core's {@link AgentSnapshot}: presence and
 * routing states, the open offer with its attached data, the figures of the agent's queues, and a
 * pending wrap-up with its queue's policy from the catalogue.
 */
final class AgentSnapshots {
  /** Attached-data keys added to an offer's data when the interaction has no such entry. */
  static final String ANI = "ani";

  static final String DNIS = "dnis";

  private AgentSnapshots() {}

  /** {@code agent}'s session as {@code state} shows it, with no SIP calls linked. */
  static AgentSnapshot of(String agent, QueueState state, Instant now) {
    return of(agent, state, now, interaction -> null);
  }

  /**
   * {@code agent}'s session as {@code state} shows it; offline when the agent is not known. The
   * offer and the pending wrap-up name the SIP call {@code calls} links to their interaction; an
   * unlinked offer has no call, an unlinked wrap-up names the interaction id as its call.
   */
  static AgentSnapshot of(
      String agent, QueueState state, Instant now, Function<String, @Nullable CallId> calls) {
    List<NotReadyReason> reasons =
        state.catalogue().reasonCodes().stream()
            .map(r -> new NotReadyReason(r.code(), r.label()))
            .collect(Collectors.toList());
    Optional<AgentView> found = state.agent(agent);
    if (found.isEmpty()) {
      return new AgentSnapshot(
          Presence.offline(), now, null, RoutingState.IDLE, now, reasons, List.of(), null, null);
    }
    AgentView a = found.get();
    PresenceView next = a.next();
    return new AgentSnapshot(
        presence(a.presence(), reasons),
        a.presenceSince(),
        next == null ? null : presence(next, reasons),
        routing(a.routing()),
        a.routingSince(),
        reasons,
        figures(a, state),
        offer(agent, state, calls),
        wrapUp(a, state, calls));
  }

  /** The core presence of a wire presence. */
  static Presence presence(PresenceView p, List<NotReadyReason> reasons) {
    switch (p.presence()) {
      case READY:
        return Presence.ready();
      case NOT_READY:
        String code = p.reason() == null ? "NOT_READY" : p.reason();
        NotReadyReason reason =
            reasons.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElse(new NotReadyReason(code, code));
        return Presence.notReady(reason);
      default:
        return Presence.offline();
    }
  }

  /** The wire presence of a core presence. */
  static PresenceView wire(Presence p) {
    if (p instanceof Presence.Ready) {
      return new PresenceView(WirePresence.READY, null);
    }
    if (p instanceof Presence.NotReady) {
      return new PresenceView(WirePresence.NOT_READY, ((Presence.NotReady) p).reason().code());
    }
    return new PresenceView(WirePresence.OFFLINE, null);
  }

  /**
   * The core routing state: reserved and alerting are both "offered"; not-responding, which core
   * does not have, shows as idle (the service then sets the presence not-ready after too many).
   */
  static RoutingState routing(WireRoutingState r) {
    switch (r) {
      case RESERVED:
      case ALERTING:
        return RoutingState.OFFERED;
      case CONNECTED:
        return RoutingState.ON_CALL;
      case HELD:
        return RoutingState.HELD;
      case WRAP_UP:
        return RoutingState.WRAP_UP;
      default:
        return RoutingState.IDLE;
    }
  }

  private static List<QueueFigures> figures(AgentView a, QueueState state) {
    List<QueueFigures> figures = new ArrayList<>();
    for (String queue : a.queues()) {
      QueueFiguresView f = state.figures().get(queue);
      String name = queueName(queue, state.catalogue());
      figures.add(
          f == null
              ? new QueueFigures(name, 0, Duration.ZERO)
              : new QueueFigures(
                  name, f.callsWaiting(), Duration.ofSeconds(f.longestWaitSeconds())));
    }
    return figures;
  }

  private static @Nullable Offer offer(
      String agent, QueueState state, Function<String, @Nullable CallId> calls) {
    for (OfferView o : state.offers().values()) {
      if (o.agents().contains(agent)) {
        InteractionView i = o.interaction();
        Map<String, String> data = new LinkedHashMap<>(i.data());
        data.putIfAbsent(ANI, i.ani());
        data.putIfAbsent(DNIS, i.dnis());
        return new Offer(
            calls.apply(i.id()),
            i.id(),
            queueName(i.queue(), state.catalogue()),
            Duration.ofSeconds(o.waitedSeconds()),
            data);
      }
    }
    return null;
  }

  private static @Nullable PendingWrapUp wrapUp(
      AgentView a, QueueState state, Function<String, @Nullable CallId> calls) {
    String interaction = a.interaction();
    if (a.routing() != WireRoutingState.WRAP_UP || interaction == null) {
      return null;
    }
    InteractionView i = state.interactions().get(interaction);
    String queue = i != null ? i.queue() : a.queues().isEmpty() ? null : a.queues().get(0);
    WrapUpPolicy policy = policy(queue, state.catalogue());
    Instant started = a.routingSince();
    Instant deadline = policy.timed() ? started.plus(policy.timeLimit()) : null;
    CallId call = calls.apply(interaction);
    return new PendingWrapUp(
        call == null ? new CallId(interaction) : call, policy, started, deadline, 0);
  }

  /**
   * The wrap-up policy of {@code queue}: its mode and time from the catalogue, the dispositions
   * that apply to it, a required disposition in mandatory mode; no tags and no extensions (the
   * service has neither yet).
   */
  static WrapUpPolicy policy(@Nullable String queue, CatalogueView catalogue) {
    Optional<CatalogueView.QueueInfo> info =
        catalogue.queues().stream().filter(q -> q.id().equals(queue)).findFirst();
    WrapUpMode mode = info.map(q -> mode(q.wrapUpMode())).orElse(WrapUpMode.OPTIONAL);
    List<Disposition> dispositions =
        catalogue.dispositions().stream()
            .filter(d -> d.queues().isEmpty() || d.queues().contains(queue))
            .map(d -> new Disposition(d.code(), d.label()))
            .collect(Collectors.toList());
    return new WrapUpPolicy(
        mode,
        dispositions,
        List.of(),
        mode == WrapUpMode.MANDATORY && !dispositions.isEmpty(),
        false,
        Duration.ofSeconds(info.map(CatalogueView.QueueInfo::wrapUpSeconds).orElse(0L)),
        Duration.ZERO,
        0);
  }

  private static WrapUpMode mode(String wire) {
    switch (wire) {
      case "mandatory":
        return WrapUpMode.MANDATORY;
      case "timed":
        return WrapUpMode.TIMED;
      case "timed_no_early_exit":
        return WrapUpMode.TIMED_NO_EARLY_EXIT;
      default:
        return WrapUpMode.OPTIONAL;
    }
  }

  private static String queueName(String queue, CatalogueView catalogue) {
    return catalogue.queues().stream()
        .filter(q -> q.id().equals(queue))
        .map(CatalogueView.QueueInfo::name)
        .findFirst()
        .orElse(queue);
  }
}
