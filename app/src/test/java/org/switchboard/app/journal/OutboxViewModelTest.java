package org.switchboard.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.journal.JournalEntry;

/** The outbox's decisions without a JavaFX toolkit: a fake journal, direct executors. */
class OutboxViewModelTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  private final FakeCallJournal journal =
      new FakeCallJournal(List.of(SampleEntries.pending("k1"), SampleEntries.failed("k2")));
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final OutboxViewModel vm =
      new OutboxViewModel(journal, localizer, Runnable::run, Runnable::run, UTC);

  @Test
  void startShowsPendingAndFailedEntries() {
    vm.start();

    assertThat(vm.rows())
        .containsExactly(
            new OutboxRow(
                "k1",
                JournalEntry.State.PENDING,
                "Inbound",
                "+4930901820",
                "Mar 14, 2025, 9:05 AM",
                "Resolved",
                "Attempts: 3 · next try at 09:12:30",
                "Last error: crm.example.com answered 503"),
            new OutboxRow(
                "k2",
                JournalEntry.State.FAILED,
                "Outbound",
                "+441632960961",
                "Mar 14, 2025, 9:05 AM",
                "Callback",
                "Failed: crm.example.com refused the call log (400): unknown disposition",
                ""));
    assertThat(vm.summaryProperty().get()).isEqualTo("1 waiting, 1 failed");
    assertThat(vm.hasFailuresProperty().get()).isTrue();
    assertThat(vm.emptyProperty().get()).isFalse();
  }

  @Test
  void anEntryNotYetTriedSaysItIsWaiting() {
    journal.change(List.of(SampleEntries.fresh("k3")));
    vm.start();

    OutboxRow row = vm.rows().get(0);
    assertThat(row.status()).isEqualTo("Waiting to be sent");
    assertThat(row.lastError()).isEmpty();
    assertThat(row.disposition()).isEmpty();
    assertThat(vm.summaryProperty().get()).isEqualTo("1 waiting, 0 failed");
    assertThat(vm.hasFailuresProperty().get()).isFalse();
  }

  @Test
  void nothingUndeliveredSaysAllCallsLogged() {
    vm.start();

    journal.change(List.of());

    assertThat(vm.rows()).isEmpty();
    assertThat(vm.emptyProperty().get()).isTrue();
    assertThat(vm.summaryProperty().get()).isEqualTo("All calls logged");
  }

  @Test
  void changesReachTheListOnlyThroughTheUiExecutor() {
    Queue<Runnable> uiQueue = new ArrayDeque<>();
    OutboxViewModel queued =
        new OutboxViewModel(journal, localizer, Runnable::run, uiQueue::add, UTC);
    queued.start();
    uiQueue.remove().run();
    assertThat(queued.rows()).hasSize(2);

    journal.change(List.of(SampleEntries.failed("k2")));

    assertThat(queued.rows()).hasSize(2);
    uiQueue.remove().run();
    assertThat(queued.rows()).extracting(OutboxRow::key).containsExactly("k2");
  }

  @Test
  void aChangeThatOvertakesTheFirstReadIsNotUndone() {
    // The delivery thread empties the outbox while the first read is under way: the read's
    // (older) answer arrives after the change and must not bring the entries back.
    journal.duringRead =
        () -> {
          journal.duringRead = () -> {};
          journal.change(List.of());
        };

    vm.start();

    assertThat(vm.rows()).isEmpty();
    assertThat(vm.summaryProperty().get()).isEqualTo("All calls logged");
  }

  @Test
  void retryNowAsksTheJournalForPendingAndFailedEntries() {
    vm.start();

    vm.retryNow("k1");
    vm.retryNow("k2");
    vm.retryNow("unknown");

    assertThat(journal.retried).containsExactly("k1", "k2");
  }

  @Test
  void discardNeedsAConfirmation() {
    vm.start();

    vm.requestDiscard("k2");

    assertThat(vm.confirmingDiscardProperty().get()).isEqualTo("k2");
    assertThat(journal.discarded).isEmpty();

    vm.confirmDiscard();

    assertThat(journal.discarded).containsExactly("k2");
    assertThat(vm.confirmingDiscardProperty().get()).isNull();
  }

  @Test
  void cancellingTheConfirmationKeepsTheEntry() {
    vm.start();
    vm.requestDiscard("k2");

    vm.cancelDiscard();
    vm.confirmDiscard();

    assertThat(journal.discarded).isEmpty();
    assertThat(vm.confirmingDiscardProperty().get()).isNull();
  }

  @Test
  void pendingEntriesCannotBeDiscarded() {
    vm.start();

    vm.requestDiscard("k1");
    vm.confirmDiscard();

    assertThat(vm.rows().get(0).canDiscard()).isFalse();
    assertThat(vm.rows().get(1).canDiscard()).isTrue();
    assertThat(journal.discarded).isEmpty();
  }

  @Test
  void aConfirmationLapsesWhenTheEntryIsNoLongerFailed() {
    vm.start();
    vm.requestDiscard("k2");

    journal.change(List.of(SampleEntries.pending("k1"), SampleEntries.pending("k2")));
    vm.confirmDiscard();

    assertThat(vm.confirmingDiscardProperty().get()).isNull();
    assertThat(journal.discarded).isEmpty();
  }

  @Test
  void stopUnsubscribes() {
    vm.start();
    vm.start();
    assertThat(journal.listenerCount()).isEqualTo(1);

    vm.stop();
    journal.change(List.of());

    assertThat(journal.listenerCount()).isZero();
    assertThat(vm.rows()).hasSize(2);
  }

  @Test
  void hostileTextFromTheCrmOrSignallingIsSanitised() {
    JournalEntry failed = SampleEntries.failed("k9");
    JournalEntry hostile =
        new JournalEntry(
            SampleEntries.record(
                "k9",
                failed.record().direction(),
                "1001",
                "\u202E0961\u202C<b>",
                "<script>x</script>"),
            JournalEntry.State.FAILED,
            1,
            null,
            "bad\u2067 request\n(400)");
    journal.change(List.of(hostile));
    vm.start();

    OutboxRow row = vm.rows().get(0);
    assertThat(row.number()).isEqualTo("0961<b>");
    assertThat(row.disposition()).isEqualTo("<script>x</script>");
    assertThat(row.status()).isEqualTo("Failed: bad request (400)");
  }

  @Test
  void persianTranslatesTheRowsAtOnce() {
    vm.start();

    localizer.languageProperty().set(Language.PERSIAN);

    assertThat(vm.rightToLeftProperty().get()).isTrue();
    assertThat(vm.summaryProperty().get()).isEqualTo("۱ در انتظار، ۱ ناموفق");
    OutboxRow pending = vm.rows().get(0);
    assertThat(pending.direction()).isEqualTo("ورودی");
    assertThat(pending.status()).isEqualTo("تلاش\u200Cها: ۳ · تلاش بعدی در ساعت ۰۹:۱۲:۳۰");
    assertThat(pending.number()).isEqualTo("+4930901820");
    assertThat(vm.rows().get(1).direction()).isEqualTo("خروجی");
  }

  @Test
  void theRowsAreOneListSoListenersAreNotCollectedWithATemporaryWrapper() {
    assertThat(vm.rows()).isSameAs(vm.rows());
  }
}
