package org.switchboard.app.incoming;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.CustomerCardViewModel;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.Customer;

/**
 * {@link CallerSummary} from the customer panel's view model. The panel shows one call at a time,
 * so the summary of a call follows the panel only while the panel shows that call ({@code
 * shownCall}), and is empty otherwise. Used on the JavaFX application thread.
 */
public final class CustomerCardSummary implements CallerSummary {
  /** Between the customer's name and company. */
  static final String SEPARATOR = " · ";

  private final CustomerCardViewModel card;
  private final ObservableValue<@Nullable CallId> shownCall;
  private final Localizer localizer;

  /**
   * @param card the customer panel's view model
   * @param shownCall the call the panel was last asked to show ({@code card.show(call, ...)}), null
   *     when none; the composition root that calls {@code show} keeps this up to date
   */
  public CustomerCardSummary(
      CustomerCardViewModel card,
      ObservableValue<@Nullable CallId> shownCall,
      Localizer localizer) {
    this.card = Objects.requireNonNull(card, "card");
    this.shownCall = Objects.requireNonNull(shownCall, "shownCall");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
  }

  @Override
  public ObservableStringValue of(CallId call) {
    return Bindings.createStringBinding(
        () -> call.equals(shownCall.getValue()) ? text() : "",
        shownCall,
        card.stateProperty(),
        card.chosenCustomerProperty(),
        card.choices(),
        localizer.languageProperty());
  }

  private String text() {
    switch (card.stateProperty().get()) {
      case SEARCHING:
        return localizer.get("incoming.summary.searching");
      case CUSTOMER:
        Customer c = card.chosenCustomerProperty().get();
        return c == null ? "" : nameAndCompany(c);
      case CHOOSING:
        return localizer.get("incoming.summary.several", card.choices().size());
      case NO_MATCH:
        return localizer.get("incoming.summary.unknown");
      case UNAVAILABLE:
        return localizer.get("incoming.summary.unavailable");
      case NO_NUMBER:
        return localizer.get("incoming.summary.noNumber");
      default:
        return "";
    }
  }

  private static String nameAndCompany(Customer c) {
    String name = SanitizedText.line(c.name());
    String company = SanitizedText.line(c.company());
    if (company.isEmpty()) {
      return name;
    }
    return name + SEPARATOR + company;
  }
}
