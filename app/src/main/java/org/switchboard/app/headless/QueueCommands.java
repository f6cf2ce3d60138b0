package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.WrapUp;

/**
 * The queue-mode commands: {@code ready}, {@code notready} with a reason code, {@code login},
 * {@code logout}, and {@code wrapup} of the wrap-up the service says is pending. Runs on {@code
 * agent-stdin} and never waits: the service's refusals arrive as {@code error} events when the
 * link's futures complete (on the link's threads).
 */
final class QueueCommands {
  private final QueueLink link;
  private final EventWriter events;

  QueueCommands(QueueLink link, EventWriter events) {
    this.link = link;
    this.events = events;
  }

  void ready(@Nullable String id) {
    report("ready", id, link.session().changePresence(Presence.ready()));
  }

  void notReady(JsonNode command, @Nullable String id) throws CommandException {
    JsonNode field = command.get("reason");
    if (field == null || !field.isTextual() || field.asText().isBlank()) {
      throw new CommandException("notready needs \"reason\", a reason code");
    }
    String code = field.asText();
    List<NotReadyReason> reasons = link.session().snapshot().reasons();
    NotReadyReason reason =
        reasons.stream()
            .filter(r -> r.code().equals(code))
            .findFirst()
            .orElseThrow(
                () ->
                    new CommandException(
                        "unknown reason code '"
                            + code
                            + "'"
                            + (reasons.isEmpty()
                                ? " (not connected to the queue service yet)"
                                : "; the service knows "
                                    + reasons.stream()
                                        .map(NotReadyReason::code)
                                        .collect(Collectors.joining(", ")))));
    report("notready", id, link.session().changePresence(Presence.notReady(reason)));
  }

  void login(@Nullable String id) {
    report("login", id, link.login());
  }

  void logout(@Nullable String id) {
    report("logout", id, link.logout());
  }

  /** Whether the service has a wrap-up pending for this agent. */
  boolean wrapUpPending() {
    return link.session().snapshot().wrapUp() != null;
  }

  /** Finishes the pending wrap-up with the command's {@code disposition}, {@code notes}, tags. */
  void wrapUp(JsonNode command, @Nullable String id) throws CommandException {
    AgentSnapshot now = link.session().snapshot();
    PendingWrapUp pending = now.wrapUp();
    if (pending == null) {
      throw new CommandException("no wrap-up is pending at the queue service");
    }
    WrapUp wrapUp =
        new WrapUp(
            pending.call(),
            CommandFields.optional(command, "disposition"),
            CommandFields.text(command, "notes"),
            CommandFields.tags(command));
    report("wrapup", id, link.session().finishWrapUp(wrapUp));
  }

  private void report(String name, @Nullable String id, CompletableFuture<Void> result) {
    CompletableFuture<Void> unused =
        result.whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                events.error(name + " failed: " + describe(failure), id);
              }
            });
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
