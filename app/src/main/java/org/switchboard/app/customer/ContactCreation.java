package org.switchboard.app.customer;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.ScreenPop;

/**
 * Sends the "create contact" form to {@link ScreenPop} and reports how it went: busy while the CRM
 * works, the created customer or a localised reason. Used on the JavaFX application thread; the
 * outcome comes back through the {@code ui} executor, and an outcome that arrives after {@link
 * #reset()} (the call moved on) is dropped.
 */
final class ContactCreation {
  private final ScreenPop screenPop;
  private final Localizer localizer;
  private final Executor ui;
  private final NewContactForm form;
  private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
  private final ObjectProperty<@Nullable String> failure =
      new SimpleObjectProperty<>(this, "failure");
  private final StringBinding error;
  private final BooleanBinding canCreate;
  private long attempt;

  ContactCreation(ScreenPop screenPop, Localizer localizer, Executor ui, NewContactForm form) {
    this.screenPop = screenPop;
    this.localizer = localizer;
    this.ui = ui;
    this.form = form;
    error =
        Bindings.createStringBinding(
            () -> {
              String reason = failure.get();
              return reason == null ? "" : localizer.get("customer.create.failed", reason);
            },
            failure,
            localizer.languageProperty());
    canCreate = BooleanExpression.booleanExpression(form.validProperty()).and(creating.not());
  }

  ReadOnlyBooleanProperty creatingProperty() {
    return creating.getReadOnlyProperty();
  }

  StringBinding errorProperty() {
    return error;
  }

  BooleanBinding canCreateProperty() {
    return canCreate;
  }

  /**
   * Creates the contact when the form is valid and nothing is under way; {@code created} gets it.
   */
  void submit(Consumer<Customer> created) {
    Optional<NewContact> contact = form.contact();
    if (!canCreate.get() || contact.isEmpty()) {
      return;
    }
    long mine = ++attempt;
    creating.set(true);
    failure.set(null);
    CompletableFuture<Customer> future;
    try {
      future = screenPop.createContact(contact.get());
    } catch (RuntimeException e) {
      future = CompletableFuture.failedFuture(e);
    }
    future.whenComplete(
        (customer, problem) -> ui.execute(() -> finished(mine, customer, problem, created)));
  }

  /** Forgets any creation under way and its outcome. */
  void reset() {
    attempt++;
    creating.set(false);
    failure.set(null);
  }

  private void finished(
      long forAttempt,
      @Nullable Customer customer,
      @Nullable Throwable problem,
      Consumer<Customer> created) {
    if (forAttempt != attempt) {
      return;
    }
    creating.set(false);
    if (customer != null && problem == null) {
      created.accept(customer);
    } else {
      failure.set(reason(problem));
    }
  }

  private String reason(@Nullable Throwable problem) {
    Throwable cause = problem;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause == null ? null : cause.getMessage();
    // Directory messages are written to be shown; anything else gets a generic reason.
    return cause instanceof DirectoryException && message != null
        ? SanitizedText.line(message)
        : localizer.get("customer.create.unknownFailure");
  }
}
