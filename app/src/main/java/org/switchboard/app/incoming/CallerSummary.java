package org.switchboard.app.incoming;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import org.switchboard.core.call.CallId;

/**
 * One line about the caller of a call from what the CRM knows ("Ada Lovelace · Engines Ltd",
 * "Unknown caller", "Searching CRM…"), for the notification. Kept apart from the customer panel so
 * the notification does not depend on how the panel works; {@link CustomerCardSummary} adapts the
 * panel's view model.
 */
@FunctionalInterface
public interface CallerSummary {
  /**
   * The summary for {@code call}, following the CRM's answers; empty when there is nothing to say.
   * Called on the JavaFX application thread when the call is offered; the value changes only on
   * that thread. The notification holds the value only while the call rings.
   */
  ObservableStringValue of(CallId call);

  /** No summaries: the notification shows caller and queue only. */
  static CallerSummary none() {
    return call -> new ReadOnlyStringWrapper("").getReadOnlyProperty();
  }
}
