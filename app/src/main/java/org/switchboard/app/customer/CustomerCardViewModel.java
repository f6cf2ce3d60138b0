package org.switchboard.app.customer;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.ScreenPop;

/**
 * The customer panel's state and decisions for the offered or current call: searching, one match
 * (the card), several (a list to choose from), none (the "create contact" form), CRM unavailable,
 * and number withheld. It asks {@link ScreenPop} and hops each answer to the UI through the {@code
 * ui} executor. Plain {@code javafx.beans}; every method is called on the JavaFX application
 * thread, and the properties change only there.
 */
public final class CustomerCardViewModel {
  /** What the panel shows. */
  public enum State {
    /** No call: the panel is empty. */
    IDLE,
    SEARCHING,
    /** Several customers match: the agent chooses one. */
    CHOOSING,
    /** One customer, matched, chosen or just created. */
    CUSTOMER,
    /** Nobody matches: the "create contact" form. */
    NO_MATCH,
    UNAVAILABLE,
    NO_NUMBER
  }

  /** One entry of the list of matches: name and company, sanitised. */
  public record Choice(String name, String company) {}

  private final ScreenPop screenPop;
  private final Localizer localizer;
  private final Executor ui;
  private final ZoneId zone;
  private final ReadOnlyObjectWrapper<State> state =
      new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
  private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper(this, "number", "");
  private final ObservableList<Choice> choices = FXCollections.observableArrayList();
  // One wrapper for everyone: it listens to the list weakly, so a fresh wrapper per call could be
  // collected and take its listeners with it.
  private final ObservableList<Choice> readOnlyChoices =
      FXCollections.unmodifiableObservableList(choices);
  private final ReadOnlyObjectWrapper<@Nullable Customer> chosen =
      new ReadOnlyObjectWrapper<>(this, "chosen");
  private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
  private final ObjectProperty<CustomerCard.@Nullable Unavailable> unavailable =
      new SimpleObjectProperty<>(this, "unavailable");
  private final NewContactForm form;
  private final ContactCreation creation;
  private final ObjectBinding<@Nullable CustomerDetails> details;
  private final StringBinding headline;
  private final StringBinding unavailableReason;
  private final BooleanBinding canOpenRecord;
  private final BooleanBinding rightToLeft;
  private List<Customer> matches = List.of();
  private @Nullable Subscription subscription;
  private long generation;

  /**
   * @param ui runs ScreenPop's answers on the JavaFX thread ({@code Platform::runLater}; direct in
   *     tests)
   * @param zone the time zone dates and times are shown in
   */
  public CustomerCardViewModel(ScreenPop screenPop, Localizer localizer, Executor ui, ZoneId zone) {
    this.screenPop = screenPop;
    this.localizer = localizer;
    this.ui = ui;
    this.zone = zone;
    this.form = new NewContactForm(localizer);
    this.creation = new ContactCreation(screenPop, localizer, ui, form);
    details =
        Bindings.createObjectBinding(
            () -> {
              Customer c = chosen.get();
              return c == null ? null : CustomerDetails.of(c, localizer.language(), zone);
            },
            chosen,
            localizer.languageProperty());
    headline =
        Bindings.createStringBinding(
            this::headlineText, state, unavailable, choices, localizer.languageProperty());
    unavailableReason =
        Bindings.createStringBinding(
            () -> {
              CustomerCard.Unavailable u = unavailable.get();
              return u == null
                  ? ""
                  : localizer.get("customer.unavailable.reason", SanitizedText.line(u.reason()));
            },
            unavailable,
            localizer.languageProperty());
    canOpenRecord =
        Bindings.createBooleanBinding(
            () -> {
              CustomerDetails d = details.get();
              return d != null && d.recordLink() != null;
            },
            details);
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
  }

  /**
   * Looks up the caller of {@code call} and shows what ScreenPop finds; a lookup for an earlier
   * call is dropped. {@code callerNumber} is the raw number from signalling.
   */
  public void show(CallId call, String callerNumber) {
    clear();
    long mine = generation;
    state.set(State.SEARCHING);
    subscription =
        screenPop.lookup(call, callerNumber, card -> ui.execute(() -> apply(mine, card)));
  }

  /** Empties the panel (the call ended) and stops listening. */
  public void clear() {
    generation++;
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
    matches = List.of();
    choices.clear();
    chosen.set(null);
    canGoBack.set(false);
    unavailable.set(null);
    creation.reset();
    number.set("");
    state.set(State.IDLE);
  }

  /** Shows the card of the {@code index}th match (in {@link #choices()} order). */
  public void choose(int index) {
    if (state.get() != State.CHOOSING || index < 0 || index >= matches.size()) {
      return;
    }
    chosen.set(matches.get(index));
    canGoBack.set(true);
    state.set(State.CUSTOMER);
  }

  /** Goes back from a chosen card to the list of matches. */
  public void backToList() {
    if (!canGoBack.get()) {
      return;
    }
    chosen.set(null);
    canGoBack.set(false);
    state.set(State.CHOOSING);
  }

  /**
   * Creates the contact from the form (when it is valid); the card shows it once the CRM has
   * created it, or the form shows why it could not.
   */
  public void createContact() {
    if (state.get() == State.NO_MATCH) {
      creation.submit(this::created);
    }
  }

  /** What the panel shows. */
  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The line at the top: "Looking up the caller…", "Number withheld", and so on. */
  public ObservableStringValue headlineProperty() {
    return headline;
  }

  /** The caller's number as looked up (E.164 or an extension); empty before it is known. */
  public ReadOnlyStringProperty numberProperty() {
    return number.getReadOnlyProperty();
  }

  /** The matches to choose from, while {@link State#CHOOSING} (and kept for "back to list"). */
  public ObservableList<Choice> choices() {
    return readOnlyChoices;
  }

  /** The card's contents: the matched, chosen or created customer; null when there is none. */
  public ObservableObjectValue<@Nullable CustomerDetails> detailsProperty() {
    return details;
  }

  /** The customer the agent is talking to, for wrap-up logging; null until there is one. */
  public ReadOnlyObjectProperty<@Nullable Customer> chosenCustomerProperty() {
    return chosen.getReadOnlyProperty();
  }

  /** The id of {@link #chosenCustomerProperty()}, for the call record. */
  public Optional<CustomerId> chosenCustomerId() {
    Customer c = chosen.get();
    return c == null ? Optional.empty() : Optional.of(c.id());
  }

  /** Whether the card came from a list of matches, so "back to list" makes sense. */
  public ReadOnlyBooleanProperty canGoBackProperty() {
    return canGoBack.getReadOnlyProperty();
  }

  /** "Reason: ..." (sanitised) while {@link State#UNAVAILABLE}; empty otherwise. */
  public ObservableStringValue unavailableReasonProperty() {
    return unavailableReason;
  }

  /** The "create contact" form. */
  public NewContactForm form() {
    return form;
  }

  /** Whether "create contact" may be pressed: the form is valid and nothing is being created. */
  public ObservableBooleanValue canCreateProperty() {
    return creation.canCreateProperty();
  }

  /** Whether a contact is being created. */
  public ReadOnlyBooleanProperty creatingProperty() {
    return creation.creatingProperty();
  }

  /** Why the last "create contact" failed, localised; empty when it did not. */
  public ObservableStringValue createErrorProperty() {
    return creation.errorProperty();
  }

  /** Whether the card has an https record link to open. */
  public ObservableBooleanValue canOpenRecordProperty() {
    return canOpenRecord;
  }

  /** The record's https link, when the card has one that may be opened. */
  public Optional<URI> recordLink() {
    CustomerDetails d = details.get();
    return d == null ? Optional.empty() : Optional.ofNullable(d.recordLink());
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  private void apply(long forGeneration, CustomerCard card) {
    if (forGeneration != generation) {
      return; // an answer for a call the panel no longer shows
    }
    if (card instanceof CustomerCard.Searching searching) {
      showNumber(searching.number());
      if (chosen.get() == null) {
        state.set(State.SEARCHING);
      }
    } else if (card instanceof CustomerCard.Matches found) {
      showNumber(found.number());
      matched(found.customers());
    } else if (card instanceof CustomerCard.NoMatch none) {
      showNumber(none.number());
      noMatch(none.number());
    } else if (card instanceof CustomerCard.Unavailable down) {
      showNumber(down.number());
      unavailable.set(down);
      if (chosen.get() == null) {
        state.set(State.UNAVAILABLE);
      }
    } else if (card instanceof CustomerCard.NoNumber) {
      number.set("");
      state.set(State.NO_NUMBER);
    }
  }

  private void matched(List<Customer> customers) {
    matches = customers;
    choices.setAll(
        customers.stream()
            .map(c -> new Choice(SanitizedText.line(c.name()), SanitizedText.line(c.company())))
            .toList());
    Customer current = chosen.get();
    Optional<Customer> refreshed =
        current == null
            ? Optional.empty()
            : customers.stream().filter(c -> c.id().equals(current.id())).findFirst();
    if (customers.size() == 1) {
      chosen.set(customers.get(0));
      canGoBack.set(false);
      state.set(State.CUSTOMER);
    } else if (refreshed.isPresent()) {
      // A later answer (a retry) must not take away the card the agent chose.
      chosen.set(refreshed.get());
      canGoBack.set(true);
      state.set(State.CUSTOMER);
    } else {
      chosen.set(null);
      canGoBack.set(false);
      state.set(State.CHOOSING);
    }
  }

  private void noMatch(PhoneNumber caller) {
    if (chosen.get() != null || state.get() == State.NO_MATCH) {
      return; // a contact was created, or the agent is typing: keep what is on screen
    }
    form.reset(caller);
    creation.reset();
    state.set(State.NO_MATCH);
  }

  private void created(Customer customer) {
    matches = List.of(customer);
    chosen.set(customer);
    canGoBack.set(false);
    state.set(State.CUSTOMER);
  }

  private void showNumber(PhoneNumber caller) {
    number.set(caller.value());
  }

  private String headlineText() {
    return switch (state.get()) {
      case SEARCHING -> localizer.get("customer.searching");
      case CHOOSING -> localizer.get("customer.several", choices.size());
      case NO_MATCH -> localizer.get("customer.noMatch");
      case UNAVAILABLE -> localizer.get("customer.unavailable", retryTime());
      case NO_NUMBER -> localizer.get("customer.noNumber");
      case CUSTOMER, IDLE -> "";
    };
  }

  private String retryTime() {
    CustomerCard.Unavailable u = unavailable.get();
    if (u == null) {
      return "";
    }
    Locale locale = localizer.language().locale();
    return DateTimeFormatter.ofPattern("HH:mm:ss", locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .withZone(zone)
        .format(u.nextRetry());
  }
}
