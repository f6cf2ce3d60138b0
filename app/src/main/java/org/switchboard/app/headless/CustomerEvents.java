package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.ScreenPop;
import org.switchboard.core.journal.JournalEntry;

/**
 * Starts a screen pop for every offered call and writes each card as a {@code customer} event;
 * writes the outbox's state as an {@code outbox} event whenever it changes. Call events arrive on
 * {@code sip-events}; cards arrive on the CRM's lookup threads; {@link EventWriter} serialises.
 */
final class CustomerEvents {
  private final ScreenPop screenPop;
  private final EventWriter events;
  private final Map<CallId, Subscription> lookups = new HashMap<>();

  CustomerEvents(ScreenPop screenPop, EventWriter events) {
    this.screenPop = screenPop;
    this.events = events;
  }

  synchronized void onCallEvent(CallEvent event) {
    if (event instanceof CallEvent.Incoming e) {
      String number = e.caller().phoneNumber().map(n -> n.value()).orElse(e.caller().uri());
      CallId call = e.callId();
      lookups.put(call, screenPop.lookup(call, number, card -> events.write(card(call, card))));
    } else if (event instanceof CallEvent.Ended) {
      Subscription lookup = lookups.remove(event.callId());
      if (lookup != null) {
        lookup.close();
      }
      screenPop.forget(event.callId());
    }
  }

  synchronized void closeAll() {
    lookups.values().forEach(Subscription::close);
    lookups.clear();
  }

  static ObjectNode card(CallId call, CustomerCard card) {
    ObjectNode node = EventWriter.event("customer").put("call", call.value());
    if (card instanceof CustomerCard.Searching s) {
      return node.put("state", "searching").put("number", s.number().value());
    }
    if (card instanceof CustomerCard.Matches m) {
      node.put("state", "matches").put("number", m.number().value());
      ArrayNode customers = node.putArray("customers");
      for (Customer c : m.customers()) {
        ObjectNode item = customers.addObject();
        item.put("id", c.id().source() + ":" + c.id().value()).put("name", c.name());
        if (c.company() != null) {
          item.put("company", c.company());
        }
        item.put("interactions", c.recentInteractions().size());
        item.put("open_items", c.openItems().size());
      }
      return node;
    }
    if (card instanceof CustomerCard.NoMatch n) {
      return node.put("state", "no_match").put("number", n.number().value());
    }
    if (card instanceof CustomerCard.Unavailable u) {
      return node.put("state", "unavailable")
          .put("number", u.number().value())
          .put("reason", u.reason())
          .put("retry_at", u.nextRetry().toString());
    }
    return node.put("state", "no_number");
  }

  static ObjectNode outbox(List<JournalEntry> entries) {
    ObjectNode node = EventWriter.event("outbox");
    long failed = entries.stream().filter(e -> e.state() == JournalEntry.State.FAILED).count();
    node.put("pending", entries.size() - failed).put("failed", failed);
    ArrayNode list = node.putArray("entries");
    for (JournalEntry e : entries) {
      ObjectNode item = list.addObject();
      item.put("key", e.record().key())
          .put("state", e.state().name().toLowerCase(java.util.Locale.ROOT))
          .put("attempts", e.attempts());
      if (e.lastError() != null) {
        item.put("error", e.lastError());
      }
      if (e.nextAttempt() != null) {
        item.put("next_attempt", String.valueOf(e.nextAttempt()));
      }
    }
    return node;
  }
}
