package org.switchboard.app.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * The call panel's rows, one per call of {@link CallsModel#calls()} in the same order, and the
 * watch on each call: a change of status, mute or conference is reported to {@code changed}, and
 * each transfer status to {@code progressed}. Used on the JavaFX application thread.
 */
final class CallRows {
  private final List<CallEntry> calls;
  private final Localizer localizer;
  private final ObservableObjectValue<Instant> now;
  private final InvalidationListener changed;
  private final BiConsumer<CallEntry, @Nullable Integer> progressed;
  private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
  private final Map<CallEntry, CallRow> rowOf = new HashMap<>();
  private final Map<CallEntry, ChangeListener<@Nullable Integer>> progressOf = new HashMap<>();

  CallRows(
      List<CallEntry> calls,
      Localizer localizer,
      ObservableObjectValue<Instant> now,
      InvalidationListener changed,
      BiConsumer<CallEntry, @Nullable Integer> progressed) {
    this.calls = calls;
    this.localizer = localizer;
    this.now = now;
    this.changed = changed;
    this.progressed = progressed;
  }

  ObservableList<CallRow> rows() {
    return rows;
  }

  /** The row of a listed call; null for a call that left the list. */
  @Nullable CallRow of(CallEntry entry) {
    return rowOf.get(entry);
  }

  /** Brings the rows in line with the calls. */
  void sync() {
    List<CallRow> next = new ArrayList<>(calls.size());
    for (CallEntry entry : calls) {
      CallRow row = rowOf.get(entry);
      if (row == null) {
        row = new CallRow(entry, localizer, now);
        rowOf.put(entry, row);
        watch(entry);
      }
      next.add(row);
    }
    for (CallEntry gone : new ArrayList<>(rowOf.keySet())) {
      if (!calls.contains(gone)) {
        rowOf.remove(gone);
        unwatch(gone);
      }
    }
    rows.setAll(next);
  }

  private void watch(CallEntry entry) {
    entry.statusProperty().addListener(changed);
    entry.mutedProperty().addListener(changed);
    entry.conferencedWithProperty().addListener(changed);
    ChangeListener<@Nullable Integer> progress =
        (o, old, status) -> progressed.accept(entry, status);
    progressOf.put(entry, progress);
    entry.transferStatusProperty().addListener(progress);
  }

  private void unwatch(CallEntry entry) {
    entry.statusProperty().removeListener(changed);
    entry.mutedProperty().removeListener(changed);
    entry.conferencedWithProperty().removeListener(changed);
    ChangeListener<@Nullable Integer> progress = progressOf.remove(entry);
    if (progress != null) {
      entry.transferStatusProperty().removeListener(progress);
    }
  }
}
