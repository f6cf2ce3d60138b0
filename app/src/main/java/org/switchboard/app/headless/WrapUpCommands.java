package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
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
  private final @Nullable CrmSignIn signIn;

  WrapUpCommands(
      CallJournal journal,
      WrapUps wrapUps,
      String agent,
      EventWriter events,
      @Nullable CrmSignIn signIn) {
    this.signIn = signIn;
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
            CommandFields.optional(command, "disposition"),
            CommandFields.text(command, "notes"),
            CommandFields.tags(command),
            CommandFields.optional(command, "queue"),
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

  /**
   * Starts an OAuth device sign-in: writes {@code crm_signin} with the code and link, then {@code
   * crm_signed_in} or an error when it ends. Never waits: the stages complete on the sign-in's own
   * thread.
   */
  void signIn(@Nullable String id) throws CommandException {
    CrmSignIn oauth = signIn;
    if (oauth == null) {
      throw new CommandException("the configured CRM does not use OAuth (no crm.options.oauth)");
    }
    oauth
        .start()
        .whenComplete(
            (started, failure) -> {
              if (failure != null) {
                events.error("CRM sign-in failed: " + message(failure), id);
                return;
              }
              events.write(
                  EventWriter.event("crm_signin")
                      .put("code", started.prompt().code())
                      .put("link", started.prompt().link().toString()));
              started
                  .completion()
                  .whenComplete(
                      (ok, refused) -> {
                        if (refused != null) {
                          events.error("CRM sign-in failed: " + message(refused), id);
                        } else {
                          events.write(EventWriter.event("crm_signed_in"));
                        }
                      });
            });
  }

  private static String message(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static @Nullable CustomerId customer(JsonNode command) throws CommandException {
    String id = CommandFields.optional(command, "customer");
    if (id == null) {
      return null;
    }
    int colon = id.indexOf(':');
    if (colon <= 0 || colon == id.length() - 1) {
      throw new CommandException("\"customer\" must be \"source:id\" as in the customer event");
    }
    return new CustomerId(id.substring(0, colon), id.substring(colon + 1));
  }
}
