package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallJournal;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalStorageException;

/**
 * The CRM commands: {@code wrapup} logs a call's disposition, notes and tags through the outbox;
 * {@code outbox} reports what is still undelivered. Runs on {@code agent-stdin}; {@link
 * CallJournal#log} only writes a small file, so waiting for it here is bounded.
 */
final class WrapUpCommands {
  private final CallJournal journal;
  private final WrapUps wrapUps;
  private final String agent;
  private final EventWriter events;

  WrapUpCommands(CallJournal journal, WrapUps wrapUps, String agent, EventWriter events) {
    this.journal = journal;
    this.wrapUps = wrapUps;
    this.agent = agent;
    this.events = events;
  }

  void wrapUp(CallId call, JsonNode command) throws CommandException {
    CallRecord record =
        wrapUps.record(
            call,
            agent,
            optional(command, "disposition"),
            text(command, "notes"),
            tags(command),
            optional(command, "queue"),
            customer(command));
    try {
      journal.log(record);
    } catch (JournalStorageException e) {
      throw new CommandException("wrap-up not saved: " + e.getMessage());
    }
    events.write(EventWriter.event("logged").put("call", call.value()));
  }

  void reportOutbox() {
    events.write(CustomerEvents.outbox(journal.undelivered()));
  }

  private static @Nullable CustomerId customer(JsonNode command) throws CommandException {
    String id = optional(command, "customer");
    if (id == null) {
      return null;
    }
    int colon = id.indexOf(':');
    if (colon <= 0 || colon == id.length() - 1) {
      throw new CommandException("\"customer\" must be \"source:id\" as in the customer event");
    }
    return new CustomerId(id.substring(0, colon), id.substring(colon + 1));
  }

  private static List<String> tags(JsonNode command) throws CommandException {
    JsonNode tags = command.get("tags");
    if (tags == null || tags.isNull()) {
      return List.of();
    }
    if (!tags.isArray()) {
      throw new CommandException("\"tags\" must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode tag : tags) {
      if (!tag.isTextual()) {
        throw new CommandException("\"tags\" must be an array of strings");
      }
      out.add(tag.asText());
    }
    return out;
  }

  private static String text(JsonNode command, String field) throws CommandException {
    String value = optional(command, field);
    return value == null ? "" : value;
  }

  private static @Nullable String optional(JsonNode command, String field) throws CommandException {
    JsonNode value = command.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new CommandException("\"" + field + "\" must be a string");
    }
    return value.asText();
  }
}
