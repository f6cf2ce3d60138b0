package org.switchboard.app.headless;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;

/**
 * Reads JSON-lines commands and hands each to {@link CallControl}. A bad line or a failed command
 * gives an {@code error} event and the loop carries on; {@code quit} or the end of input ends it.
 * Runs on the {@code agent-stdin} thread; it never waits for a port's future: failures are reported
 * when the future completes (on the {@code sip-events} thread).
 */
final class CommandLoop {
  private static final Logger log = LoggerFactory.getLogger(CommandLoop.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CallControl calls;
  private final CallTracker tracker;
  private final EventWriter events;
  private final @Nullable WrapUpCommands crm;
  private final @Nullable QueueCommands queue;

  CommandLoop(CallControl calls, CallTracker tracker, EventWriter events) {
    this(calls, tracker, events, null);
  }

  CommandLoop(
      CallControl calls, CallTracker tracker, EventWriter events, @Nullable WrapUpCommands crm) {
    this(calls, tracker, events, crm, null);
  }

  CommandLoop(
      CallControl calls,
      CallTracker tracker,
      EventWriter events,
      @Nullable WrapUpCommands crm,
      @Nullable QueueCommands queue) {
    this.calls = calls;
    this.tracker = tracker;
    this.events = events;
    this.crm = crm;
    this.queue = queue;
  }

  /** Reads and carries out commands until {@code quit} or the end of {@code in}. */
  void run(BufferedReader in) {
    while (true) {
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        log.warn("standard input failed, stopping: {}", e.toString());
        return;
      }
      if (line == null || !handle(line)) {
        return;
      }
    }
  }

  /** Carries out one line; false when it was {@code quit}. */
  boolean handle(String line) {
    if (line.isBlank()) {
      return true;
    }
    JsonNode command;
    try {
      command = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      events.error("malformed JSON: " + e.getOriginalMessage(), null);
      return true;
    }
    String id = command != null && command.hasNonNull("id") ? command.get("id").asText() : null;
    if (command == null || !command.isObject()) {
      events.error("a command must be a JSON object", null);
      return true;
    }
    try {
      String name = text(command, "cmd");
      if (name.equals("quit")) {
        return false;
      }
      dispatch(name, command, id);
    } catch (CommandException e) {
      events.error(e.getMessage(), id);
    } catch (RuntimeException e) {
      events.error(describe(e), id);
    }
    return true;
  }

  private void dispatch(String name, JsonNode command, @Nullable String id)
      throws CommandException {
    switch (name) {
      case "dial" -> {
        CompletableFuture<CallId> dialled = calls.dial(text(command, "target"));
        report("dial", id, dialled.thenAccept(tracker::dialled));
      }
      case "answer" -> report(name, id, calls.answer(select(command)));
      case "hangup" -> report(name, id, calls.hangup(select(command)));
      case "hold" -> report(name, id, calls.hold(select(command)));
      case "resume" -> report(name, id, calls.resume(select(command)));
      case "transfer" -> {
        String target = text(command, "target");
        report(name, id, calls.transfer(select(command), target));
      }
      case "attended_transfer" -> {
        CallId consult = callField(command, "consult");
        report(name, id, calls.attendedTransfer(select(command), consult));
      }
      case "consult" -> {
        String target = text(command, "target");
        report(name, id, hosted(name).consult(select(command), target));
      }
      case "complete_consult" -> report(name, id, hosted(name).complete(select(command)));
      case "cancel_consult" -> report(name, id, hosted(name).cancel(select(command)));
      case "mute" -> report(name, id, calls.mute(select(command), true));
      case "unmute" -> report(name, id, calls.mute(select(command), false));
      case "dtmf" -> {
        String digits = text(command, "digits");
        report(name, id, calls.sendDtmf(select(command), digits));
      }
      case "wrapup" -> wrapUp(command, id);
      case "ready" -> queue().ready(id);
      case "notready" -> queue().notReady(command, id);
      case "login" -> queue().login(id);
      case "logout" -> queue().logout(id);
      case "outbox" -> crm().reportOutbox();
      case "crm_signin" -> crm().signIn(id);
      default -> throw new CommandException("unknown command '" + name + "'");
    }
  }

  /**
   * In queue mode the pending wrap-up goes to the service; with a CRM the call is also logged there
   * (naming the call is then needed once the call is over).
   */
  private void wrapUp(JsonNode command, @Nullable String id) throws CommandException {
    QueueCommands service = queue;
    boolean toQueue = service != null && service.wrapUpPending();
    if (service != null && toQueue) {
      service.wrapUp(command, id);
    }
    if (crm != null && (!toQueue || command.hasNonNull("call"))) {
      crm.wrapUp(select(command), command);
    } else if (!toQueue) {
      throw new CommandException(
          queue == null
              ? "no CRM configured (add a \"crm\" section to the config)"
              : "no wrap-up is pending at the queue service");
    }
  }

  /** The consults the queue service hosts; without a service a consult is dial + transfer. */
  private HostedConsults hosted(String command) throws CommandException {
    return calls
        .hostedConsults()
        .orElseThrow(
            () ->
                new CommandException(
                    command
                        + " needs a queue service (a \"queue\" section); without one, dial the"
                        + " target and use attended_transfer"));
  }

  private QueueCommands queue() throws CommandException {
    if (queue == null) {
      throw new CommandException("no queue service configured (add a \"queue\" section)");
    }
    return queue;
  }

  private WrapUpCommands crm() throws CommandException {
    if (crm == null) {
      throw new CommandException("no CRM configured (add a \"crm\" section to the config)");
    }
    return crm;
  }

  /** The call the command names, or the only call in progress. */
  private CallId select(JsonNode command) throws CommandException {
    JsonNode call = command.get("call");
    if (call == null || call.isNull()) {
      return tracker.onlyCall();
    }
    if (!call.isTextual() || call.asText().isBlank()) {
      throw new CommandException("\"call\" must be a call id string");
    }
    return new CallId(call.asText());
  }

  /** A second call named by {@code field}; unlike {@code call} it is never implied. */
  private static CallId callField(JsonNode command, String field) throws CommandException {
    return new CallId(text(command, field));
  }

  private static String text(JsonNode command, String field) throws CommandException {
    JsonNode value = command.get(field);
    if (value == null || value.isNull()) {
      throw new CommandException("missing field '" + field + "'");
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new CommandException("field '" + field + "' must be a non-empty string");
    }
    return value.asText();
  }

  private void report(String name, @Nullable String id, CompletableFuture<?> result) {
    CompletableFuture<?> unused =
        result.whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                events.error(name + " failed: " + describe(failure), id);
              }
            });
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
