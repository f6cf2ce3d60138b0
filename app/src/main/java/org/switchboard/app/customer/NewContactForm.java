package org.switchboard.app.customer;

import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.NewContact;

/**
 * The "create contact" form for an unknown caller: the number is filled in and read-only, the name
 * is required, company and email are optional. Each problem is a localised message naming the
 * field. Plain {@code javafx.beans}; used on the JavaFX application thread.
 */
public final class NewContactForm {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper(this, "number", "");
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty company = new SimpleStringProperty(this, "company", "");
  private final StringProperty email = new SimpleStringProperty(this, "email", "");
  private final StringBinding nameError;
  private final StringBinding emailError;
  private final BooleanBinding valid;
  private @Nullable PhoneNumber phone;

  NewContactForm(Localizer localizer) {
    nameError =
        Bindings.createStringBinding(
            () -> nameProblem(name.get()).map(localizer::get).orElse(""),
            name,
            localizer.languageProperty());
    emailError =
        Bindings.createStringBinding(
            () -> emailProblem(email.get()).map(localizer::get).orElse(""),
            email,
            localizer.languageProperty());
    valid =
        Bindings.createBooleanBinding(
            () -> nameProblem(name.get()).isEmpty() && emailProblem(email.get()).isEmpty(),
            name,
            email);
  }

  /** The caller's number, filled in by the lookup; not editable. */
  public ReadOnlyStringProperty numberProperty() {
    return number.getReadOnlyProperty();
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty companyProperty() {
    return company;
  }

  public StringProperty emailProperty() {
    return email;
  }

  /** What is wrong with the name, naming the field; empty when it is fine. */
  public ObservableStringValue nameErrorProperty() {
    return nameError;
  }

  /** What is wrong with the email, naming the field; empty when it is fine. */
  public ObservableStringValue emailErrorProperty() {
    return emailError;
  }

  /** Whether every field is valid. */
  public ObservableBooleanValue validProperty() {
    return valid;
  }

  /** Empties the form for a new unknown caller. */
  void reset(PhoneNumber caller) {
    phone = caller;
    number.set(caller.value());
    name.set("");
    company.set("");
    email.set("");
  }

  /** The contact to create; empty while the form is invalid or has no number. */
  Optional<NewContact> contact() {
    PhoneNumber caller = phone;
    if (caller == null || !valid.get()) {
      return Optional.empty();
    }
    return Optional.of(
        new NewContact(caller, name.get().strip(), optional(company.get()), optional(email.get())));
  }

  static Optional<String> nameProblem(String value) {
    return value.isBlank()
        ? Optional.of("customer.create.nameRequired")
        : value.strip().length() > SanitizedText.LINE_LIMIT
            ? Optional.of("customer.create.nameTooLong")
            : Optional.empty();
  }

  static Optional<String> emailProblem(String value) {
    String email = value.strip();
    return email.isEmpty() || EMAIL.matcher(email).matches()
        ? Optional.empty()
        : Optional.of("customer.create.emailInvalid");
  }

  private static @Nullable String optional(String value) {
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
