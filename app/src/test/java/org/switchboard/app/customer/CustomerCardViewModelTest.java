package org.switchboard.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.customer.SampleCustomers.NUMBER;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.switchboard.app.customer.CustomerCardViewModel.Choice;
import org.switchboard.app.customer.CustomerCardViewModel.State;
import org.switchboard.app.customer.CustomerDetails.InteractionLine;
import org.switchboard.app.customer.CustomerDetails.OpenItemLine;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;

/** The customer panel's decisions without a JavaFX toolkit: a fake ScreenPop, direct executors. */
class CustomerCardViewModelTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  private final FakeScreenPop screenPop = new FakeScreenPop();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final CustomerCardViewModel vm =
      new CustomerCardViewModel(screenPop, localizer, Runnable::run, UTC);

  private CustomerDetails details() {
    CustomerDetails d = vm.detailsProperty().get();
    assertThat(d).as("the card's details").isNotNull();
    return d;
  }

  @Test
  void anOfferedCallShowsSearchingWithTheNumber() {
    vm.show(new CallId("c1"), "sip:+4930901820@pbx.example.com");
    assertThat(screenPop.last().callerNumber).isEqualTo("sip:+4930901820@pbx.example.com");
    assertThat(vm.stateProperty().get()).isEqualTo(State.SEARCHING);

    screenPop.push(new CustomerCard.Searching(NUMBER));

    assertThat(vm.stateProperty().get()).isEqualTo(State.SEARCHING);
    assertThat(vm.numberProperty().get()).isEqualTo("+4930901820");
    assertThat(vm.headlineProperty().get()).isEqualTo("Looking up the caller…");
    assertThat(vm.chosenCustomerId()).isEmpty();
  }

  @Test
  void oneMatchShowsTheWholeCard() {
    vm.show(new CallId("c1"), "+4930901820");

    screenPop.push(new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));

    assertThat(vm.stateProperty().get()).isEqualTo(State.CUSTOMER);
    assertThat(vm.headlineProperty().get()).isEmpty();
    CustomerDetails d = details();
    assertThat(d.name()).isEqualTo("Ada Lovelace");
    assertThat(d.company()).isEqualTo("Analytical Engines Ltd");
    assertThat(d.phoneNumbers()).containsExactly("+4930901820", "+44 20 7946 0958");
    assertThat(d.emails()).containsExactly("ada@engines.example");
    assertThat(d.tags()).containsExactly("VIP", "Renewal due");
    assertThat(d.interactions())
        .first()
        .isEqualTo(
            new InteractionLine(
                "Mar 14, 2025, 9:05 AM",
                "Grace",
                "Resolved",
                "Asked about the invoice for March."));
    assertThat(d.openItems())
        .containsExactly(
            new OpenItemLine("Ticket", "Invoice shows the wrong VAT", "Open"),
            new OpenItemLine("Order", "Difference Engine No. 2", "Shipped"));
    assertThat(vm.canOpenRecordProperty().get()).isTrue();
    assertThat(vm.recordLink())
        .contains(URI.create("https://app.hubspot.com/contacts/1/record/0-1/501"));
    assertThat(vm.canGoBackProperty().get()).isFalse();
    assertThat(vm.chosenCustomerId()).contains(new CustomerId("hubspot", "501"));
  }

  @Test
  void severalMatchesOfferAListAndChoosingShowsThatCard() {
    vm.show(new CallId("c1"), "+4930901820");
    Customer first = SampleCustomers.named("1", "Ada Lovelace", "Engines Ltd");
    Customer second = SampleCustomers.named("2", "Ada King", null);

    screenPop.push(new CustomerCard.Matches(NUMBER, List.of(first, second)));

    assertThat(vm.stateProperty().get()).isEqualTo(State.CHOOSING);
    assertThat(vm.headlineProperty().get()).isEqualTo("2 customers have this number. Choose one:");
    assertThat(vm.choices())
        .containsExactly(new Choice("Ada Lovelace", "Engines Ltd"), new Choice("Ada King", ""));
    assertThat(vm.chosenCustomerProperty().get()).isNull();

    vm.choose(1);

    assertThat(vm.stateProperty().get()).isEqualTo(State.CUSTOMER);
    assertThat(details().name()).isEqualTo("Ada King");
    assertThat(vm.chosenCustomerId()).contains(new CustomerId("hubspot", "2"));
    assertThat(vm.canGoBackProperty().get()).isTrue();
  }

  @Test
  void backToListForgetsTheChoice() {
    vm.show(new CallId("c1"), "+4930901820");
    screenPop.push(
        new CustomerCard.Matches(
            NUMBER,
            List.of(SampleCustomers.named("1", "A", null), SampleCustomers.named("2", "B", null))));
    vm.choose(0);

    vm.backToList();

    assertThat(vm.stateProperty().get()).isEqualTo(State.CHOOSING);
    assertThat(vm.chosenCustomerId()).isEmpty();
    assertThat(vm.detailsProperty().get()).isNull();
    assertThat(vm.canGoBackProperty().get()).isFalse();
    assertThat(vm.choices()).hasSize(2);
  }

  @Test
  void choosingOutOfRangeOrOutsideTheListDoesNothing() {
    vm.show(new CallId("c1"), "+4930901820");
    vm.choose(0);
    assertThat(vm.stateProperty().get()).isEqualTo(State.SEARCHING);

    screenPop.push(
        new CustomerCard.Matches(
            NUMBER,
            List.of(SampleCustomers.named("1", "A", null), SampleCustomers.named("2", "B", null))));
    vm.choose(2);
    vm.choose(-1);
    vm.backToList();

    assertThat(vm.stateProperty().get()).isEqualTo(State.CHOOSING);
  }

  @Test
  void aLaterAnswerKeepsTheCustomerTheAgentChose() {
    vm.show(new CallId("c1"), "+4930901820");
    List<Customer> both =
        List.of(SampleCustomers.named("1", "A", null), SampleCustomers.named("2", "B", null));
    screenPop.push(new CustomerCard.Matches(NUMBER, both));
    vm.choose(1);

    screenPop.push(new CustomerCard.Searching(NUMBER));
    screenPop.push(new CustomerCard.Matches(NUMBER, both));

    assertThat(vm.stateProperty().get()).isEqualTo(State.CUSTOMER);
    assertThat(vm.chosenCustomerId()).contains(new CustomerId("hubspot", "2"));
  }

  @Test
  void noMatchOffersTheFormWithTheNumberFilledIn() {
    vm.show(new CallId("c1"), "+4930901820");

    screenPop.push(new CustomerCard.NoMatch(NUMBER));

    NewContactForm form = vm.form();
    assertThat(vm.stateProperty().get()).isEqualTo(State.NO_MATCH);
    assertThat(vm.headlineProperty().get()).isEqualTo("No customer has this number.");
    assertThat(form.numberProperty().get()).isEqualTo("+4930901820");
    assertThat(form.nameErrorProperty().get()).isEqualTo("Name is required");
    assertThat(form.emailErrorProperty().get()).isEmpty();
    assertThat(vm.canCreateProperty().get()).isFalse();

    form.nameProperty().set("Ada Lovelace");
    assertThat(form.nameErrorProperty().get()).isEmpty();
    assertThat(vm.canCreateProperty().get()).isTrue();

    form.emailProperty().set("ada at engines");
    assertThat(form.emailErrorProperty().get()).isEqualTo("Email must look like name@example.com");
    assertThat(vm.canCreateProperty().get()).isFalse();

    form.nameProperty().set("x".repeat(201));
    assertThat(form.nameErrorProperty().get()).isEqualTo("Name must be at most 200 characters");
  }

  @Test
  void anInvalidFormCreatesNothing() {
    vm.show(new CallId("c1"), "+4930901820");
    screenPop.push(new CustomerCard.NoMatch(NUMBER));
    vm.form().nameProperty().set("   ");

    vm.createContact();

    assertThat(screenPop.created).isEmpty();
  }

  @Test
  void creatingAContactShowsTheCreatedCard() {
    vm.show(new CallId("c1"), "+4930901820");
    screenPop.push(new CustomerCard.NoMatch(NUMBER));
    vm.form().nameProperty().set("  Ada Lovelace ");
    vm.form().companyProperty().set("Engines Ltd");
    vm.form().emailProperty().set("");

    vm.createContact();

    assertThat(screenPop.created)
        .containsExactly(new NewContact(NUMBER, "Ada Lovelace", "Engines Ltd", null));
    assertThat(vm.creatingProperty().get()).isTrue();
    assertThat(vm.canCreateProperty().get()).isFalse();
    vm.createContact();
    assertThat(screenPop.created).hasSize(1);

    screenPop.createResult.complete(SampleCustomers.named("9", "Ada Lovelace", "Engines Ltd"));

    assertThat(vm.stateProperty().get()).isEqualTo(State.CUSTOMER);
    assertThat(details().name()).isEqualTo("Ada Lovelace");
    assertThat(vm.chosenCustomerId()).contains(new CustomerId("hubspot", "9"));
    assertThat(vm.creatingProperty().get()).isFalse();

    screenPop.push(new CustomerCard.NoMatch(NUMBER)); // a stale answer must not undo it
    assertThat(vm.stateProperty().get()).isEqualTo(State.CUSTOMER);
  }

  @Test
  void aRefusedContactShowsTheDirectorysReasonAndAllowsAnotherTry() {
    vm.show(new CallId("c1"), "+4930901820");
    screenPop.push(new CustomerCard.NoMatch(NUMBER));
    vm.form().nameProperty().set("Ada");
    vm.createContact();

    screenPop.createResult.completeExceptionally(
        new DirectoryException(
            DirectoryException.Kind.REJECTED, "hubspot refused the contact (409)"));

    assertThat(vm.stateProperty().get()).isEqualTo(State.NO_MATCH);
    assertThat(vm.createErrorProperty().get())
        .isEqualTo("Could not create the contact: hubspot refused the contact (409)");
    assertThat(vm.canCreateProperty().get()).isTrue();
    assertThat(vm.form().nameProperty().get()).isEqualTo("Ada");
  }

  @Test
  void anUnexpectedFailureShowsAGenericReasonNotTheExceptionText() {
    vm.show(new CallId("c1"), "+4930901820");
    screenPop.push(new CustomerCard.NoMatch(NUMBER));
    vm.form().nameProperty().set("Ada");
    screenPop.createThrows = new IllegalStateException("secret internals token=abc");

    vm.createContact();

    assertThat(vm.createErrorProperty().get())
        .isEqualTo("Could not create the contact: the CRM did not say why");
    assertThat(vm.creatingProperty().get()).isFalse();
  }

  @Test
  void aContactCreatedAfterTheCallMovedOnIsNotShown() {
    vm.show(new CallId("c1"), "+4930901820");
    screenPop.push(new CustomerCard.NoMatch(NUMBER));
    vm.form().nameProperty().set("Ada");
    vm.createContact();

    vm.show(new CallId("c2"), "+4930111111");
    screenPop.createResult.complete(SampleCustomers.named("9", "Ada", null));

    assertThat(vm.stateProperty().get()).isEqualTo(State.SEARCHING);
    assertThat(vm.chosenCustomerId()).isEmpty();
    assertThat(vm.creatingProperty().get()).isFalse();
  }

  @Test
  void unavailableSaysWhenItRetriesAndWhy() {
    vm.show(new CallId("c1"), "+4930901820");

    screenPop.push(
        new CustomerCard.Unavailable(
            NUMBER,
            "crm.example.com did not answer within 1.5 s",
            Instant.parse("2025-03-14T09:05:07Z")));

    assertThat(vm.stateProperty().get()).isEqualTo(State.UNAVAILABLE);
    assertThat(vm.headlineProperty().get()).isEqualTo("CRM unavailable — retrying at 09:05:07");
    assertThat(vm.unavailableReasonProperty().get())
        .isEqualTo("Reason: crm.example.com did not answer within 1.5 s");
    assertThat(vm.numberProperty().get()).isEqualTo("+4930901820");

    screenPop.push(
        new CustomerCard.Unavailable(NUMBER, "again", Instant.parse("2025-03-14T09:05:37Z")));
    assertThat(vm.headlineProperty().get()).isEqualTo("CRM unavailable — retrying at 09:05:37");

    screenPop.push(new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));
    assertThat(vm.stateProperty().get()).isEqualTo(State.CUSTOMER);
  }

  @Test
  void aWithheldNumberSaysSo() {
    vm.show(new CallId("c1"), "anonymous");

    screenPop.push(new CustomerCard.NoNumber());

    assertThat(vm.stateProperty().get()).isEqualTo(State.NO_NUMBER);
    assertThat(vm.headlineProperty().get()).isEqualTo("Number withheld");
    assertThat(vm.numberProperty().get()).isEmpty();
  }

  @Test
  void answersReachThePanelOnlyThroughTheUiExecutor() {
    Queue<Runnable> uiQueue = new ArrayDeque<>();
    Executor ui = uiQueue::add;
    CustomerCardViewModel queued = new CustomerCardViewModel(screenPop, localizer, ui, UTC);
    queued.show(new CallId("c1"), "+4930901820");

    screenPop.push(new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));

    assertThat(queued.stateProperty().get()).isEqualTo(State.SEARCHING);
    assertThat(uiQueue).hasSize(1);
    uiQueue.remove().run();
    assertThat(queued.stateProperty().get()).isEqualTo(State.CUSTOMER);
  }

  @Test
  void anAnswerForAnEarlierCallIsDropped() {
    Queue<Runnable> uiQueue = new ArrayDeque<>();
    CustomerCardViewModel queued =
        new CustomerCardViewModel(screenPop, localizer, uiQueue::add, UTC);
    queued.show(new CallId("c1"), "+4930901820");
    FakeScreenPop.Lookup first = screenPop.last();
    first.push(new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));

    queued.show(new CallId("c2"), "+4930111111");
    first.pushLate(new CustomerCard.NoNumber());
    while (!uiQueue.isEmpty()) {
      uiQueue.remove().run();
    }

    assertThat(first.closed).isTrue();
    assertThat(screenPop.last().call).isEqualTo(new CallId("c2"));
    assertThat(queued.stateProperty().get()).isEqualTo(State.SEARCHING);
    assertThat(queued.chosenCustomerId()).isEmpty();
  }

  @Test
  void clearEmptiesThePanelAndStopsListening() {
    vm.show(new CallId("c1"), "+4930901820");
    FakeScreenPop.Lookup lookup = screenPop.last();
    screenPop.push(new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));

    vm.clear();
    lookup.pushLate(new CustomerCard.NoNumber());

    assertThat(lookup.closed).isTrue();
    assertThat(vm.stateProperty().get()).isEqualTo(State.IDLE);
    assertThat(vm.chosenCustomerId()).isEmpty();
    assertThat(vm.numberProperty().get()).isEmpty();
  }

  @Test
  void onlyHttpsRecordLinksCanBeOpened() {
    vm.show(new CallId("c1"), "+4930901820");
    for (String link :
        List.of(
            "http://crm.example.com/record/1",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://crm.example.com@evil.example/record/1",
            "/relative/record")) {
      screenPop.push(
          new CustomerCard.Matches(
              NUMBER, List.of(SampleCustomers.withLink(SampleCustomers.ada(), URI.create(link)))));

      assertThat(vm.canOpenRecordProperty().get()).as(link).isFalse();
      assertThat(vm.recordLink()).as(link).isEmpty();
    }
    screenPop.push(
        new CustomerCard.Matches(
            NUMBER, List.of(SampleCustomers.withLink(SampleCustomers.ada(), null))));
    assertThat(vm.canOpenRecordProperty().get()).isFalse();

    URI https = URI.create("HTTPS://crm.example.com/record/1");
    screenPop.push(
        new CustomerCard.Matches(
            NUMBER, List.of(SampleCustomers.withLink(SampleCustomers.ada(), https))));
    assertThat(vm.recordLink()).contains(https);
  }

  @Test
  void hostileCrmTextIsShownLiterallyWithBidiOverridesRemoved() {
    vm.show(new CallId("c1"), "+4930901820");
    Customer hostile =
        SampleCustomers.named(
            "1", "<script>alert(1)</script>", "\u202Etd.L\u202C Evil \u2066x\u2069");

    screenPop.push(
        new CustomerCard.Matches(
            NUMBER, List.of(hostile, SampleCustomers.named("2", "Bob\u202E", null))));

    assertThat(vm.choices())
        .containsExactly(
            new Choice("<script>alert(1)</script>", "td.L Evil x"), new Choice("Bob", ""));
    vm.choose(0);
    assertThat(details().name()).isEqualTo("<script>alert(1)</script>");
    assertThat(details().company()).isEqualTo("td.L Evil x");
  }

  @Test
  void persianTranslatesTheTextsAndUsesPersianDigits() {
    localizer.languageProperty().set(Language.PERSIAN);
    vm.show(new CallId("c1"), "+4930901820");
    assertThat(vm.rightToLeftProperty().get()).isTrue();

    screenPop.push(
        new CustomerCard.Unavailable(NUMBER, "timeout", Instant.parse("2025-03-14T09:05:07Z")));
    assertThat(vm.headlineProperty().get())
        .isEqualTo("CRM در دسترس نیست — تلاش دوباره در ساعت ۰۹:۰۵:۰۷");

    screenPop.push(new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));
    assertThat(details().interactions().get(0).when()).contains("۱۴", "۲۰۲۵", "۹:۰۵");
    assertThat(details().openItems().get(0).kind()).isEqualTo("تیکت");
    // The numbers themselves keep their digits: agents read them back to callers.
    assertThat(details().phoneNumbers()).contains("+4930901820");

    localizer.languageProperty().set(Language.ENGLISH);
    assertThat(details().openItems().get(0).kind()).isEqualTo("Ticket");
    assertThat(vm.rightToLeftProperty().get()).isFalse();
  }

  @Test
  void theChoicesAreOneListSoListenersAreNotCollectedWithATemporaryWrapper() {
    assertThat(vm.choices()).isSameAs(vm.choices());
  }
}
