package org.switchboard.app.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.switchboard.app.customer.CustomerCardViewModel;
import org.switchboard.app.customer.SampleCustomers;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.ScreenPop;

/** The notification's one-line caller summary, from the customer panel's real view model. */
class CustomerCardSummaryTest {
  private static final CallId C1 = new CallId("c1");
  private static final CallId C2 = new CallId("c2");

  private final List<Consumer<CustomerCard>> lookups = new CopyOnWriteArrayList<>();
  private final ScreenPop screenPop =
      new ScreenPop() {
        @Override
        public org.switchboard.core.Subscription lookup(
            CallId call, String callerNumber, Consumer<CustomerCard> listener) {
          lookups.add(listener);
          return () -> lookups.remove(listener);
        }

        @Override
        public CompletableFuture<Customer> createContact(NewContact contact) {
          return new CompletableFuture<>();
        }

        @Override
        public void forget(CallId call) {}
      };
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final CustomerCardViewModel card =
      new CustomerCardViewModel(screenPop, localizer, Runnable::run, ZoneId.of("UTC"));
  private final ObjectProperty<@Nullable CallId> shown = new SimpleObjectProperty<>();
  private final CustomerCardSummary summaries = new CustomerCardSummary(card, shown, localizer);

  private void show(CallId call) {
    shown.set(call);
    card.show(call, SampleCustomers.NUMBER.value());
  }

  private void push(CustomerCard answer) {
    lookups.forEach(l -> l.accept(answer));
  }

  @Test
  void followsTheLookupFromSearchingToTheCustomer() {
    ObservableStringValue summary = summaries.of(C1);
    show(C1);
    push(new CustomerCard.Searching(SampleCustomers.NUMBER));
    assertThat(summary.get()).isEqualTo("Searching CRM…");

    push(new CustomerCard.Matches(SampleCustomers.NUMBER, List.of(SampleCustomers.ada())));

    assertThat(summary.get()).isEqualTo("Ada Lovelace · Analytical Engines Ltd");
  }

  @Test
  void saysUnknownCallerSeveralMatchesOrNameAlone() {
    ObservableStringValue summary = summaries.of(C1);
    show(C1);
    push(new CustomerCard.NoMatch(SampleCustomers.NUMBER));
    assertThat(summary.get()).isEqualTo("Unknown caller");

    show(C1);
    push(
        new CustomerCard.Matches(
            SampleCustomers.NUMBER,
            List.of(
                SampleCustomers.named("1", "Ada", null), SampleCustomers.named("2", "Bob", "B"))));
    assertThat(summary.get()).isEqualTo("2 customers match");

    card.choose(0);
    assertThat(summary.get()).isEqualTo("Ada");
  }

  @Test
  void anotherCallsSummaryIsEmpty() {
    ObservableStringValue first = summaries.of(C1);
    show(C1);
    push(new CustomerCard.NoMatch(SampleCustomers.NUMBER));

    show(C2);

    assertThat(first.get()).isEmpty();
    assertThat(summaries.of(C2).get()).isEqualTo("Searching CRM…");
  }
}
