package org.switchboard.app.history;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.dial.DialerViewModel;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;

/**
 * The call history as the agent sees it: ended calls newest first, filtered to all, missed,
 * incoming or outgoing, each with "call back" (through the dialler, which shows the number). Every
 * call that ends in {@link CallsModel} is added; the wrap-up adds its disposition with {@link
 * #recordDisposition}. The store's methods run on the {@code io} executor (one thread, in order);
 * what they return comes back through the {@code ui} executor. Plain {@code javafx.beans}; every
 * method is called on the JavaFX application thread.
 */
public final class HistoryViewModel {
  /** Which calls the list shows. */
  public enum Filter {
    ALL,
    /** Inbound calls never answered. */
    MISSED,
    /** Inbound calls that were answered. */
    INBOUND,
    OUTBOUND
  }

  private final CallHistory history;
  private final CallsModel calls;
  private final DialerViewModel dialer;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final HistoryRows format;
  private final ObjectProperty<Filter> filter =
      new SimpleObjectProperty<>(this, "filter", Filter.ALL);
  private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
  // One wrapper for everyone: it listens to the list weakly, so a fresh wrapper per call could be
  // collected and take its listeners with it.
  private final ObservableList<HistoryRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final BooleanBinding empty;
  private final StringBinding emptyText;
  private final BooleanBinding rightToLeft;
  private List<HistoryEntry> entries = List.of();
  private @Nullable Subscription subscription;

  /**
   * @param history the store (its methods run on {@code io})
   * @param calls tells of every call that ends
   * @param dialer dials "call back" and learns the last outbound number for redial
   * @param io runs the store's methods: one background thread, in order ({@code desktop-io});
   *     direct in tests
   * @param ui runs the results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   * @param zone the time zone call times are shown in
   */
  public HistoryViewModel(
      CallHistory history,
      CallsModel calls,
      DialerViewModel dialer,
      Localizer localizer,
      Executor io,
      Executor ui,
      ZoneId zone) {
    this.history = Objects.requireNonNull(history, "history");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.dialer = Objects.requireNonNull(dialer, "dialer");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.io = Objects.requireNonNull(io, "io");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.format = new HistoryRows(localizer, zone);
    empty = Bindings.isEmpty(rows);
    emptyText =
        Bindings.createStringBinding(
            () -> localizer.get("history.empty." + filter.get().name().toLowerCase(Locale.ROOT)),
            filter,
            localizer.languageProperty());
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
    filter.addListener((o, old, now) -> fill());
    localizer.languageProperty().addListener((o, old, now) -> fill());
  }

  /** Loads the history and starts adding every call that ends. */
  public void start() {
    if (subscription != null) {
      return;
    }
    subscription = calls.onEnded(this::ended);
    io.execute(
        () -> {
          List<HistoryEntry> now = history.entries();
          ui.execute(() -> show(now));
        });
  }

  /** Stops adding calls. */
  public void stop() {
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
  }

  /** The calls the filter lets through, newest first. */
  public ObservableList<HistoryRow> rows() {
    return readOnlyRows;
  }

  /** Which calls are shown; the view's filter buttons set it. */
  public ObjectProperty<Filter> filterProperty() {
    return filter;
  }

  /** Whether the filtered list is empty. */
  public ObservableBooleanValue emptyProperty() {
    return empty;
  }

  /** What the empty list says: "No calls yet", "No missed calls", ... */
  public ObservableStringValue emptyTextProperty() {
    return emptyText;
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  /** Calls the row's party back: the dialler shows the number and dials it. */
  public void callBack(HistoryRow row) {
    String target = row.callBackTarget();
    if (target != null) {
      dialer.dial(target);
    }
  }

  /**
   * Records the wrap-up's disposition code for {@code call}; the row shows it once stored. Unknown
   * calls are ignored.
   */
  public void recordDisposition(CallId call, String code) {
    io.execute(
        () -> {
          if (history.recordDisposition(call, code)) {
            List<HistoryEntry> now = history.entries();
            ui.execute(() -> show(now));
          }
        });
  }

  private void ended(CallEntry call) {
    HistoryEntry entry = HistoryEntry.of(call);
    io.execute(
        () -> {
          history.append(entry);
          List<HistoryEntry> now = history.entries();
          ui.execute(() -> show(now));
        });
  }

  private void show(List<HistoryEntry> now) {
    entries = now;
    fill();
    for (HistoryEntry e : now) {
      if (e.kind() == HistoryEntry.Kind.OUTBOUND) {
        String target = HistoryRows.callBackTarget(e);
        if (target != null) {
          dialer.rememberLastDialled(target);
        }
        break;
      }
    }
  }

  private void fill() {
    Filter f = filter.get();
    rows.setAll(entries.stream().filter(e -> passes(f, e.kind())).map(format::row).toList());
  }

  private static boolean passes(Filter f, HistoryEntry.Kind kind) {
    switch (f) {
      case MISSED:
        return kind == HistoryEntry.Kind.MISSED;
      case INBOUND:
        return kind == HistoryEntry.Kind.INBOUND;
      case OUTBOUND:
        return kind == HistoryEntry.Kind.OUTBOUND;
      default:
        return true;
    }
  }
}
