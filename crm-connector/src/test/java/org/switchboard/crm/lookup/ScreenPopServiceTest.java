package org.switchboard.crm.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.crm.lookup.ScriptedDirectory.answer;
import static org.switchboard.crm.lookup.ScriptedDirectory.customer;
import static org.switchboard.crm.lookup.ScriptedDirectory.fail;
import static org.switchboard.crm.lookup.ScriptedDirectory.waitFor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.crm.LookupSettings;
import org.switchboard.crm.ScreenPopService;

class ScreenPopServiceTest {
  private static final LookupSettings FAST =
      new LookupSettings(
          Duration.ofMillis(150), Duration.ofMillis(100), Duration.ofMillis(400), 2, 3);
  private static final CallId CALL = new CallId("c1");
  private static final String CALLER = "sip:+49 30 1234567@127.0.0.1";
  private static final PhoneNumber NUMBER = new PhoneNumber("+49301234567");

  private final ScriptedDirectory directory = new ScriptedDirectory();
  private final CountDownLatch release = new CountDownLatch(1);
  private ScreenPopService service =
      ScreenPopService.start(directory, "DE", FAST, Clock.systemUTC());

  @AfterEach
  void stop() {
    release.countDown();
    service.close();
  }

  @Test
  void oneMatchShowsSearchingThenTheCustomerOnTheEventsThread() throws Exception {
    Customer ann = customer("1", "Ann");
    directory.then(answer(ann));
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);

    assertThat(cards.next(CustomerCard.Searching.class).number()).isEqualTo(NUMBER);
    assertThat(cards.next(CustomerCard.Matches.class).customers()).containsExactly(ann);
    assertThat(cards.lastThread).isEqualTo("crm-lookup-events-1");
  }

  @Test
  void theCardShowsTheMatchAtOnceAndItsHistoryWhenTheDetailsArrive() throws Exception {
    Customer ann = customer("1", "Ann");
    Customer detailed =
        new Customer(
            ann.id(),
            "Ann",
            "ACME",
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(
                new org.switchboard.core.customer.Interaction(
                    java.time.Instant.parse("2026-11-01T10:00:00Z"),
                    "Lea",
                    "resolved",
                    "ok",
                    "phone")),
            java.util.List.of(),
            null);
    directory.then(answer(ann));
    directory.details = c -> detailed;
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);

    cards.next(CustomerCard.Searching.class);
    assertThat(cards.next(CustomerCard.Matches.class).customers()).containsExactly(ann);
    assertThat(cards.next(CustomerCard.Matches.class).customers()).containsExactly(detailed);
  }

  @Test
  void detailsThatFailKeepTheCardAsItIs() throws Exception {
    directory.then(answer(customer("1", "Ann")));
    directory.details =
        c -> {
          throw new IllegalStateException("boom");
        };
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);

    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.Matches.class);
    assertThat(cards.quietFor(300)).isTrue();
  }

  @Test
  void severalMatchesAreAllOfferedInTheDirectorysOrder() throws Exception {
    directory.then(answer(customer("1", "Ann"), customer("2", "Bob")));
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);

    cards.next(CustomerCard.Searching.class);
    assertThat(cards.next(CustomerCard.Matches.class).customers())
        .extracting(Customer::name)
        .containsExactly("Ann", "Bob");
  }

  @Test
  void nobodyMatchingOffersCreateContactWithTheNormalisedNumber() throws Exception {
    directory.then(answer());
    Cards cards = new Cards();

    service.lookup(CALL, "030 1234567", cards);

    cards.next(CustomerCard.Searching.class);
    assertThat(cards.next(CustomerCard.NoMatch.class).number()).isEqualTo(NUMBER);
  }

  @Test
  void aWithheldNumberNeverAsksTheDirectory() throws Exception {
    Cards cards = new Cards();

    service.lookup(CALL, "sip:anonymous@anonymous.invalid", cards);

    cards.next(CustomerCard.NoNumber.class);
    assertThat(directory.asked).hasValue(0);
  }

  @Test
  void aDirectoryThatNeverAnswersNeitherBlocksTheCallerNorTheSearchingCard() throws Exception {
    directory.otherwise(waitFor(release));
    Cards cards = new Cards();

    long before = System.nanoTime();
    service.lookup(CALL, CALLER, cards);
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);

    assertThat(tookMillis).as("lookup() returned while the directory blocks").isLessThan(1000);
    cards.next(CustomerCard.Searching.class);
    CustomerCard.Unavailable late = cards.next(CustomerCard.Unavailable.class);
    assertThat(late.reason()).isEqualTo("scripted did not answer within 150 ms");
    assertThat(late.nextRetry()).isAfter(java.time.Instant.now().minusSeconds(1));
  }

  @Test
  void aLateAnswerFromATimedOutAttemptIsStillShown() throws Exception {
    CountDownLatch slowFirst = new CountDownLatch(1);
    directory.then(waitFor(slowFirst, customer("1", "Ann")));
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);
    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.Unavailable.class);
    slowFirst.countDown();

    assertThat(cards.next(CustomerCard.Matches.class).customers()).hasSize(1);
    assertThat(directory.asked).hasValue(1);
  }

  @Test
  void aTimedOutAttemptThatThenFailsIsRetriedUntilTheCustomerArrives() throws Exception {
    CountDownLatch slowFirst = new CountDownLatch(1);
    directory
        .then(
            number -> {
              waitFor(slowFirst).run(number);
              throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE, "reset");
            })
        .then(answer(customer("1", "Ann")));
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);
    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.Unavailable.class);
    slowFirst.countDown();

    CustomerCard card = cards.next();
    while (card instanceof CustomerCard.Unavailable) {
      card = cards.next();
    }
    assertThat(card).isInstanceOf(CustomerCard.Matches.class);
    assertThat(directory.asked).hasValue(2);
  }

  @Test
  void anUnavailableCrmShowsWhyAndRetriesWithBackoff() throws Exception {
    directory
        .then(fail(DirectoryException.Kind.UNAVAILABLE, "crm.example answered 503"))
        .then(fail(DirectoryException.Kind.UNAVAILABLE, "crm.example answered 503"))
        .then(answer(customer("1", "Ann")));
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);

    cards.next(CustomerCard.Searching.class);
    assertThat(cards.next(CustomerCard.Unavailable.class).reason())
        .isEqualTo("crm.example answered 503");
    cards.next(CustomerCard.Unavailable.class);
    assertThat(cards.next(CustomerCard.Matches.class).customers()).hasSize(1);
    assertThat(directory.asked).hasValue(3);
  }

  @Test
  void aDirectoryThatCannotLookUpNumbersShowsNoMatchAndIsNotRetried() throws Exception {
    directory.otherwise(fail(DirectoryException.Kind.UNSUPPORTED, "cannot"));
    Cards cards = new Cards();

    service.lookup(CALL, CALLER, cards);

    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.NoMatch.class);
    assertThat(cards.quietFor(500)).isTrue();
    assertThat(directory.asked).hasValue(1);
  }

  @Test
  void closingTheLastSubscriptionStopsRetries() throws Exception {
    directory.otherwise(fail(DirectoryException.Kind.UNAVAILABLE, "down"));
    Cards cards = new Cards();

    Subscription watching = service.lookup(CALL, CALLER, cards);
    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.Unavailable.class);
    watching.close();
    int askedWhenClosed = directory.asked.get();

    assertThat(cards.quietFor(700)).isTrue();
    assertThat(directory.asked.get()).isLessThanOrEqualTo(askedWhenClosed + 1);
  }

  @Test
  void aSecondLookupOfTheSameCallSharesTheAnswerWithoutAskingAgain() throws Exception {
    directory.then(waitFor(release, customer("1", "Ann")));
    Cards first = new Cards();
    Cards second = new Cards();

    service.lookup(CALL, CALLER, first);
    service.lookup(CALL, CALLER, second);
    release.countDown();

    first.next(CustomerCard.Searching.class);
    first.next(CustomerCard.Matches.class);
    second.next(CustomerCard.Searching.class);
    second.next(CustomerCard.Matches.class);
    Cards later = new Cards();
    service.lookup(CALL, CALLER, later);
    later.next(CustomerCard.Matches.class);
    assertThat(directory.asked).hasValue(1);
  }

  @Test
  void forgettingACallAsksAgainNextTime() throws Exception {
    directory.otherwise(answer(customer("1", "Ann")));
    Cards cards = new Cards();
    service.lookup(CALL, CALLER, cards);
    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.Matches.class);

    service.forget(CALL);
    service.lookup(CALL, CALLER, cards);

    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.Matches.class);
    assertThat(directory.asked).hasValue(2);
  }

  @Test
  void theCacheKeepsOnlyTheMostRecentCalls() throws Exception {
    directory.otherwise(answer());
    for (int i = 0; i < 10; i++) {
      Cards cards = new Cards();
      service.lookup(new CallId("c" + i), CALLER, cards);
      cards.next(CustomerCard.Searching.class);
      cards.next(CustomerCard.NoMatch.class);
    }

    assertThat(service.cachedCalls()).isEqualTo(3);
  }

  @Test
  void aListenerThatThrowsDoesNotStopOthers() throws Exception {
    directory.then(answer(customer("1", "Ann")));
    Cards cards = new Cards();

    service.lookup(
        CALL,
        CALLER,
        card -> {
          throw new IllegalStateException("broken view");
        });
    service.lookup(CALL, CALLER, cards);

    // The second watcher may join before or after the answer: Searching first is not certain.
    CustomerCard card = cards.next();
    if (card instanceof CustomerCard.Searching) {
      card = cards.next();
    }
    assertThat(card).isInstanceOf(CustomerCard.Matches.class);
  }

  @Test
  void creatingAContactTurnsTheCardIntoAMatch() throws Exception {
    directory.then(answer());
    Cards cards = new Cards();
    service.lookup(CALL, CALLER, cards);
    cards.next(CustomerCard.Searching.class);
    cards.next(CustomerCard.NoMatch.class);

    Customer created =
        service.createContact(new NewContact(NUMBER, "Dana", null, null)).get(5, TimeUnit.SECONDS);

    assertThat(created.name()).isEqualTo("Dana");
    assertThat(cards.next(CustomerCard.Matches.class).customers()).containsExactly(created);
  }
}
