package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.agent.AgentListener;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Disposition;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;

/**
 * Turns the queue session's snapshots into events: {@code agent} (presence and routing), {@code
 * offer} / {@code offer_ended}, {@code wrapup_pending} / {@code wrapup_done} and {@code queues}
 * (figures), each written only when what it shows changed; {@code queue_connection} for the link's
 * state; and {@code consult} for the progress of a consult the service hosts. {@link #onChange} and
 * {@link #onConsult} run on the session's {@code agent-events} thread, {@link #onConnection} on the
 * link's threads; each is serialised by this object's lock.
 */
final class QueueEvents implements AgentListener, QueueLink.Listener {
  private final EventWriter events;
  private @Nullable AgentSnapshot last;

  QueueEvents(EventWriter events) {
    this.events = events;
  }

  /**
   * The consult on {@code call} is in {@code state} ({@code waiting}, {@code ringing}, {@code
   * answered}), or none is open any more ({@code ended}).
   */
  synchronized void onConsult(CallId call, HostedConsults.@Nullable State state) {
    events.write(
        EventWriter.event("consult")
            .put("call", call.value())
            .put("state", state == null ? "ended" : state.name().toLowerCase(Locale.ROOT)));
  }

  @Override
  public synchronized void onChange(AgentSnapshot now) {
    AgentSnapshot before = last;
    last = now;
    if (before == null
        || !before.presence().equals(now.presence())
        || !Objects.equals(before.nextPresence(), now.nextPresence())
        || before.routing() != now.routing()) {
      events.write(agent(now));
    }
    Offer offer = now.offer();
    Offer previousOffer = before == null ? null : before.offer();
    if (previousOffer != null
        && (offer == null || !previousOffer.interactionId().equals(offer.interactionId()))) {
      events.write(
          EventWriter.event("offer_ended").put("interaction", previousOffer.interactionId()));
    }
    if (offer != null && (previousOffer == null || !same(previousOffer, offer))) {
      events.write(offer(offer));
    }
    PendingWrapUp wrapUp = now.wrapUp();
    PendingWrapUp previousWrapUp = before == null ? null : before.wrapUp();
    if (previousWrapUp != null
        && (wrapUp == null || !previousWrapUp.call().equals(wrapUp.call()))) {
      events.write(EventWriter.event("wrapup_done").put("call", previousWrapUp.call().value()));
    }
    if (wrapUp != null
        && (previousWrapUp == null || !previousWrapUp.call().equals(wrapUp.call()))) {
      events.write(wrapUpPending(wrapUp));
    }
    if (before == null || !before.queues().equals(now.queues())) {
      events.write(queues(now.queues()));
    }
  }

  @Override
  public synchronized void onConnection(
      QueueLink.Connection state, @Nullable Duration retryIn, @Nullable String detail) {
    ObjectNode event =
        EventWriter.event("queue_connection").put("state", state.name().toLowerCase(Locale.ROOT));
    if (retryIn != null) {
      event.put("retry_in_ms", retryIn.toMillis());
    }
    if (detail != null) {
      event.put("detail", detail);
    }
    events.write(event);
  }

  /** The same interaction and call: an offer that learnt its SIP call is written again. */
  private static boolean same(Offer a, Offer b) {
    return a.interactionId().equals(b.interactionId()) && Objects.equals(a.call(), b.call());
  }

  private static ObjectNode agent(AgentSnapshot s) {
    ObjectNode event = EventWriter.event("agent");
    presence(event, "presence", "reason", s.presence());
    Presence next = s.nextPresence();
    if (next != null) {
      presence(event, "next_presence", "next_reason", next);
    }
    event.put("routing", s.routing().name().toLowerCase(Locale.ROOT));
    return event;
  }

  private static void presence(ObjectNode event, String field, String reasonField, Presence p) {
    if (p instanceof Presence.Ready) {
      event.put(field, "ready");
    } else if (p instanceof Presence.NotReady notReady) {
      event.put(field, "not_ready");
      event.put(reasonField, notReady.reason().code());
    } else {
      event.put(field, "offline");
    }
  }

  private static ObjectNode offer(Offer offer) {
    ObjectNode event =
        EventWriter.event("offer")
            .put("interaction", offer.interactionId())
            .put("queue", offer.queue())
            .put("wait_seconds", offer.waited().toSeconds());
    if (offer.call() != null) {
      event.put("call", offer.call().value());
    }
    ObjectNode data = event.putObject("data");
    for (Map.Entry<String, String> entry : offer.data().entrySet()) {
      data.put(entry.getKey(), entry.getValue());
    }
    return event;
  }

  private static ObjectNode wrapUpPending(PendingWrapUp w) {
    ObjectNode event =
        EventWriter.event("wrapup_pending")
            .put("call", w.call().value())
            .put("mode", w.policy().mode().name().toLowerCase(Locale.ROOT))
            .put("disposition_required", w.policy().dispositionRequired());
    ArrayNode codes = event.putArray("dispositions");
    for (Disposition d : w.policy().dispositions()) {
      codes.add(d.code());
    }
    event.put("deadline", w.deadline() == null ? null : w.deadline().toString());
    return event;
  }

  private static ObjectNode queues(List<QueueFigures> figures) {
    ObjectNode event = EventWriter.event("queues");
    ArrayNode list = event.putArray("queues");
    for (QueueFigures f : figures) {
      list.addObject()
          .put("queue", f.queue())
          .put("calls_waiting", f.callsWaiting())
          .put("longest_wait_seconds", f.longestWait().toSeconds());
    }
    return event;
  }
}
