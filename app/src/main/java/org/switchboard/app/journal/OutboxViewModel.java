package org.switchboard.app.journal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.journal.CallJournal;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;

/**
 * The CRM outbox as the agent sees it: call logs waiting for delivery (with attempts and the next
 * try) and failed ones (with the error), "Retry now" for both, "Discard" for failed ones after a
 * confirmation, and a one-line summary for the status bar. Journal calls run on the {@code io}
 * executor; changes come back through the {@code ui} executor. Plain {@code javafx.beans}; used on
 * the JavaFX application thread.
 */
public final class OutboxViewModel {
  private final CallJournal journal;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final ZoneId zone;
  private final ObservableList<OutboxRow> rows = FXCollections.observableArrayList();
  // One wrapper for everyone: it listens to the list weakly, so a fresh wrapper per call could be
  // collected and take its listeners with it.
  private final ObservableList<OutboxRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyObjectWrapper<@Nullable String> confirmingDiscard =
      new ReadOnlyObjectWrapper<>(this, "confirmingDiscard");
  private final StringBinding summary;
  private final BooleanBinding empty;
  private final BooleanBinding hasFailures;
  private final BooleanBinding rightToLeft;
  private List<JournalEntry> entries = List.of();
  private @Nullable Subscription subscription;
  private boolean changeSeen;

  /**
   * @param io runs the journal's methods (a background executor in production, direct in tests)
   * @param ui runs changes on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   * @param zone the time zone start and retry times are shown in
   */
  public OutboxViewModel(
      CallJournal journal, Localizer localizer, Executor io, Executor ui, ZoneId zone) {
    this.journal = journal;
    this.localizer = localizer;
    this.io = io;
    this.ui = ui;
    this.zone = zone;
    summary =
        Bindings.createStringBinding(
            () -> {
              long failed = failedCount();
              long waiting = rows.size() - failed;
              return rows.isEmpty()
                  ? localizer.get("outbox.empty")
                  : localizer.get("outbox.summary", waiting, failed);
            },
            rows,
            localizer.languageProperty());
    empty = Bindings.isEmpty(rows);
    hasFailures = Bindings.createBooleanBinding(() -> failedCount() > 0, rows);
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
    localizer.languageProperty().addListener((o, old, now) -> show(entries));
  }

  /** Starts following the journal: shows what is undelivered now and every change after. */
  public void start() {
    if (subscription != null) {
      return;
    }
    subscription = journal.onChange(changed -> ui.execute(() -> changed(changed)));
    io.execute(
        () -> {
          List<JournalEntry> now = journal.undelivered();
          ui.execute(() -> loaded(now));
        });
  }

  /** Stops following the journal. */
  public void stop() {
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
  }

  /** The undelivered call logs, pending first, oldest first (as the journal orders them). */
  public ObservableList<OutboxRow> rows() {
    return readOnlyRows;
  }

  /** "N waiting, M failed", or "All calls logged"; for the status bar. */
  public ObservableStringValue summaryProperty() {
    return summary;
  }

  /** Whether every call has been logged (nothing to show). */
  public ObservableBooleanValue emptyProperty() {
    return empty;
  }

  /** Whether some entry failed and needs the agent. */
  public ObservableBooleanValue hasFailuresProperty() {
    return hasFailures;
  }

  /** The key of the failed entry whose discard awaits confirmation; null when none does. */
  public ReadOnlyObjectProperty<@Nullable String> confirmingDiscardProperty() {
    return confirmingDiscard.getReadOnlyProperty();
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  /** Tries the entry {@code key} again now (pending or failed). */
  public void retryNow(String key) {
    if (find(key) != null) {
      io.execute(() -> journal.retryNow(key));
    }
  }

  /** Asks to discard the failed entry {@code key}; nothing is dropped until {@link #confirm}. */
  public void requestDiscard(String key) {
    OutboxRow row = find(key);
    if (row != null && row.canDiscard()) {
      confirmingDiscard.set(key);
    }
  }

  /** Discards the entry awaiting confirmation. */
  public void confirmDiscard() {
    String key = confirmingDiscard.get();
    confirmingDiscard.set(null);
    OutboxRow row = key == null ? null : find(key);
    if (key != null && row != null && row.canDiscard()) {
      io.execute(() -> journal.discard(key));
    }
  }

  /** Keeps the entry awaiting confirmation. */
  public void cancelDiscard() {
    confirmingDiscard.set(null);
  }

  private void loaded(List<JournalEntry> now) {
    // A change that arrived while the first read ran is newer than what that read saw.
    if (!changeSeen) {
      show(now);
    }
  }

  private void changed(List<JournalEntry> now) {
    changeSeen = true;
    show(now);
  }

  private void show(List<JournalEntry> now) {
    entries = List.copyOf(now);
    Language language = localizer.language();
    rows.setAll(entries.stream().map(e -> row(e, language)).toList());
    String confirming = confirmingDiscard.get();
    if (confirming != null) {
      OutboxRow row = find(confirming);
      if (row == null || !row.canDiscard()) {
        confirmingDiscard.set(null); // delivered or retried meanwhile: nothing left to confirm
      }
    }
  }

  private OutboxRow row(JournalEntry entry, Language language) {
    CallRecord record = entry.record();
    String direction =
        localizer.get(
            record.direction() == CallDirection.INBOUND ? "outbox.inbound" : "outbox.outbound");
    String error = SanitizedText.line(entry.lastError());
    boolean failed = entry.state() == JournalEntry.State.FAILED;
    return new OutboxRow(
        record.key(),
        entry.state(),
        direction,
        SanitizedText.line(record.customerAddress()),
        format(language, FormatStyle.MEDIUM, FormatStyle.SHORT).format(record.start()),
        SanitizedText.line(record.disposition()),
        failed ? localizer.get("outbox.failed", error) : pendingStatus(entry, language),
        failed || error.isEmpty() ? "" : localizer.get("outbox.lastError", error));
  }

  private String pendingStatus(JournalEntry entry, Language language) {
    if (entry.attempts() == 0 || entry.nextAttempt() == null) {
      return localizer.get("outbox.pending.first");
    }
    String next =
        DateTimeFormatter.ofPattern("HH:mm:ss", language.locale())
            .withDecimalStyle(DecimalStyle.of(language.locale()))
            .withZone(zone)
            .format(Objects.requireNonNull(entry.nextAttempt()));
    return localizer.get("outbox.pending.retry", entry.attempts(), next);
  }

  private DateTimeFormatter format(Language language, FormatStyle date, FormatStyle time) {
    Locale locale = language.locale();
    return DateTimeFormatter.ofLocalizedDateTime(date, time)
        .withLocale(locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .withZone(zone);
  }

  private long failedCount() {
    return rows.stream().filter(OutboxRow::canDiscard).count();
  }

  private @Nullable OutboxRow find(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
  }
}
