package org.switchboard.app.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.value.ChangeListener;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallStatus;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.StandaloneAgentSession;

/**
 * Starts the customer lookup of each offered call with the right number. A call from the queue
 * service (its INVITE names an interaction) comes from the service, not the customer, so its lookup
 * waits for the session's offer on that call and uses the customer's number from the offer's
 * attached data ({@code ani}); if the offer has none, or the call stops ringing before the offer
 * names it, the From number is used. Other calls are looked up by their From number at once.
 *
 * <p>Every method is called on the JavaFX application thread; session changes are hopped there
 * through {@code ui}.
 */
public final class CallerLookups implements AutoCloseable {
  /** The attached-data key of the caller's number. */
  public static final String ANI = "ani";

  private final AgentSession session;
  private final Executor ui;
  private final BiConsumer<CallEntry, String> lookup;
  private final Map<CallEntry, ChangeListener<CallStatus>> waiting = new LinkedHashMap<>();
  private final List<Subscription> subscriptions = new ArrayList<>();
  private @Nullable Offer offer;

  /**
   * @param lookup starts the lookup of a call by a number (raw text, normalised by the lookup)
   */
  public CallerLookups(AgentSession session, Executor ui, BiConsumer<CallEntry, String> lookup) {
    this.session = Objects.requireNonNull(session, "session");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /** Follows the session's offers. */
  public void start() {
    if (subscriptions.isEmpty()) {
      offer = session.snapshot().offer();
      subscriptions.add(session.addListener(s -> ui.execute(() -> offerChanged(s.offer()))));
    }
  }

  /** Stops following the session; calls still waiting for their offer are not looked up. */
  @Override
  public void close() {
    subscriptions.forEach(Subscription::close);
    subscriptions.clear();
    List.copyOf(waiting.keySet()).forEach(this::stopWaiting);
  }

  /** A call was offered (rings here): looks it up now, or once its offer names it. */
  public void offered(CallEntry call) {
    if (interactionOf(call) == null) {
      lookup.accept(call, fromNumber(call));
      return;
    }
    Offer o = offer;
    if (o != null && call.id().equals(o.call())) {
      lookup.accept(call, numberOf(o, call));
      return;
    }
    ChangeListener<CallStatus> stopped =
        (obs, was, now) -> {
          if (now != CallStatus.RINGING && waiting.containsKey(call)) {
            stopWaiting(call);
            lookup.accept(call, fromNumber(call));
          }
        };
    waiting.put(call, stopped);
    call.statusProperty().addListener(stopped);
  }

  private void offerChanged(@Nullable Offer next) {
    offer = next;
    if (next == null || next.call() == null) {
      return;
    }
    for (CallEntry call : List.copyOf(waiting.keySet())) {
      if (call.id().equals(next.call())) {
        stopWaiting(call);
        lookup.accept(call, numberOf(next, call));
      }
    }
  }

  private void stopWaiting(CallEntry call) {
    ChangeListener<CallStatus> l = waiting.remove(call);
    if (l != null) {
      call.statusProperty().removeListener(l);
    }
  }

  /** The offer's caller number when it has one, else the call's From number. */
  static String numberOf(Offer offer, CallEntry call) {
    String ani = offer.data().get(ANI);
    return ani == null || ani.isBlank() ? fromNumber(call) : ani.strip();
  }

  /** The number of the call's From (or its URI when it has no number). */
  public static String fromNumber(CallEntry call) {
    return call.remote().phoneNumber().map(n -> n.value()).orElse(call.remote().uri());
  }

  private static @Nullable String interactionOf(CallEntry call) {
    for (Map.Entry<String, String> h : call.headers().entrySet()) {
      if (h.getKey().equalsIgnoreCase(StandaloneAgentSession.INTERACTION_HEADER)) {
        return h.getValue();
      }
    }
    return null;
  }
}
