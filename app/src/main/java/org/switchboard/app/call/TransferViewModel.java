package org.switchboard.app.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.agent.TransferDirectory;

/**
 * The transfer pane's state: the search text, the matching targets from {@link TransferDirectory}
 * (with the typed text first when it is a number), the chosen target, and whether a blind or a
 * consult transfer to it may start. The directory answers on its own thread; answers are hopped
 * through {@code ui}, and an answer to an older search is dropped. Everything else happens on the
 * JavaFX application thread. The transfer itself is {@link CallPanelViewModel}'s.
 */
public final class TransferViewModel {
  private final TransferDirectory directory;
  private final Executor ui;
  private final StringProperty search = new SimpleStringProperty(this, "search", "");
  private final ObservableList<TransferTargetRow> targets = FXCollections.observableArrayList();
  // One wrapper for everyone: it listens to the list weakly.
  private final ObservableList<TransferTargetRow> readOnlyTargets =
      FXCollections.unmodifiableObservableList(targets);
  private final ObjectProperty<@Nullable TransferTargetRow> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
  private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
  private final ReadOnlyBooleanWrapper searchFailed =
      new ReadOnlyBooleanWrapper(this, "searchFailed");
  private final BooleanBinding hasTarget;
  private final BooleanBinding targetAvailable;
  private long generation;

  TransferViewModel(TransferDirectory directory, Executor ui) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.ui = Objects.requireNonNull(ui, "ui");
    search.addListener((o, old, now) -> lookUp());
    hasTarget = selected.isNotNull();
    targetAvailable =
        Bindings.createBooleanBinding(
            () -> {
              TransferTargetRow row = selected.get();
              return row != null && row.available();
            },
            selected);
  }

  /** The search text, typed by the agent: part of a name or address, or a number to call. */
  public StringProperty searchProperty() {
    return search;
  }

  /** The targets matching the search, the typed number first. */
  public ObservableList<TransferTargetRow> targets() {
    return readOnlyTargets;
  }

  /** The target the agent chose; null when none. */
  public ObjectProperty<@Nullable TransferTargetRow> selectedProperty() {
    return selected;
  }

  /** Whether the pane is shown. */
  public ReadOnlyBooleanProperty openProperty() {
    return open.getReadOnlyProperty();
  }

  /** Whether a search is under way. */
  public ReadOnlyBooleanProperty searchingProperty() {
    return searching.getReadOnlyProperty();
  }

  /** Whether the last search failed (the directory is unreachable); typed numbers still work. */
  public ReadOnlyBooleanProperty searchFailedProperty() {
    return searchFailed.getReadOnlyProperty();
  }

  /** Whether a target is chosen (a consult call may be placed to it). */
  public ObservableBooleanValue hasTargetProperty() {
    return hasTarget;
  }

  /**
   * Whether the chosen target can take a call now: an agent who is not ready would bounce a blind
   * transfer, so only a consult call may try them.
   */
  public ObservableBooleanValue targetAvailableProperty() {
    return targetAvailable;
  }

  /** Shows the pane with every target. */
  void open() {
    open.set(true);
    if (search.get().isEmpty()) {
      lookUp();
    } else {
      search.set("");
    }
  }

  /** Hides the pane and forgets the search. */
  void close() {
    open.set(false);
    generation++;
    search.set("");
    targets.clear();
    selected.set(null);
    searching.set(false);
    searchFailed.set(false);
  }

  boolean isOpen() {
    return open.get();
  }

  private void lookUp() {
    if (!open.get()) {
      return;
    }
    long mine = ++generation;
    String text = search.get();
    TransferTargetRow typed = TransferTargetRow.typed(text);
    searching.set(true);
    // Until the directory answers, the list keeps its last answer under the new typed number.
    show(typed, targets.stream().filter(r -> !r.typed()).toList());
    directory
        .search(text)
        .whenComplete(
            (found, failure) ->
                ui.execute(
                    () -> {
                      if (mine != generation) {
                        return;
                      }
                      searching.set(false);
                      searchFailed.set(failure != null);
                      show(
                          typed,
                          failure != null || found == null
                              ? List.of()
                              : found.stream().map(TransferTargetRow::of).toList());
                    }));
  }

  private void show(@Nullable TransferTargetRow typed, List<TransferTargetRow> found) {
    TransferTargetRow before = selected.get();
    List<TransferTargetRow> rows = new ArrayList<>(found.size() + 1);
    if (typed != null) {
      rows.add(typed);
    }
    rows.addAll(found);
    targets.setAll(rows);
    // Set again even when unchanged: a list view showing these rows may have moved its own
    // selection while the rows were replaced.
    if (typed != null && (before == null || before.typed())) {
      selected.set(typed);
    } else {
      selected.set(before != null && rows.contains(before) ? before : null);
    }
  }
}
