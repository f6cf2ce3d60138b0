package org.switchboard.app.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * A two-column form for the settings sections: a label, its input, and under the input the field's
 * problem. Labels and problems are not wrapped (JavaFX 21 wraps Arabic-script text wrongly) and
 * never shrink below their text, so nothing is cut off at large text sizes. JavaFX thread.
 */
final class FormGrid {
  /** The width of text fields, in characters. */
  static final int COLUMNS = 24;

  private final Localizer text;
  private final GridPane grid = new GridPane();
  private int row;

  FormGrid(Localizer text) {
    this.text = text;
    grid.setHgap(12);
    grid.setVgap(2);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    // No width in pixels: text fields are as wide as their column count, so the form grows with
    // the text size.
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, inputs);
  }

  GridPane node() {
    return grid;
  }

  /** A text field bound both ways to {@code value}, with its problem under it. */
  TextField text(String id, String labelKey, StringProperty value, ObservableStringValue problem) {
    TextField input = new TextField();
    input.setId(id);
    input.setPrefColumnCount(COLUMNS);
    input.textProperty().bindBidirectional(value);
    row(labelKey, input);
    problem(id + "Error", problem);
    return input;
  }

  /** A labelled input. */
  <T extends Control> T row(String labelKey, T input) {
    return row(text.text(labelKey), input);
  }

  /** An input with a label that changes. */
  <T extends Control> T row(ObservableStringValue labelText, T input) {
    place(labelText, input, input);
    return input;
  }

  /** A labelled input shown inside {@code line} (e.g. with a button beside it). */
  void row(String labelKey, Control input, Node line) {
    place(text.text(labelKey), input, line);
  }

  private void place(ObservableStringValue labelText, Control input, Node shown) {
    Label label = new Label();
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.textProperty().bind(labelText);
    label.setLabelFor(input);
    input.setMaxWidth(Double.MAX_VALUE);
    grid.add(label, 0, row);
    grid.add(shown, 1, row++);
  }

  /** A node across both columns. */
  <T extends Node> T span(T node) {
    grid.add(node, 0, row++, 2, 1);
    return node;
  }

  /** A node in the input column. */
  <T extends Node> T under(T node) {
    grid.add(node, 1, row++);
    return node;
  }

  /** The problem line under the last input. */
  Label problem(String id, ObservableStringValue message) {
    Label error = new Label();
    error.setId(id);
    error.setStyle("-fx-font-size: 0.9em;");
    error.getStyleClass().add(Styles.DANGER);
    error.setMinWidth(Region.USE_PREF_SIZE);
    error.textProperty().bind(message);
    grid.add(error, 1, row++);
    return error;
  }

  /**
   * Shows {@code input} read-only while {@code locked} holds (an administrator set it), with a note
   * under it; see {@link LockedField}.
   */
  void lock(Control input, ObservableBooleanValue locked) {
    Label note = LockedField.lock(input, locked, text);
    Node last = inputCell(row - 1);
    if (last != null && (input.getId() + "Error").equals(last.getId())) {
      // In the cell of the input's problem line, right under the input: a locked field never
      // shows a problem (the administrator's value was checked), and a note a row further down
      // would read as the next field's.
      last.visibleProperty().bind(Bindings.not(locked));
      grid.add(note, 1, row - 1);
    } else {
      under(note);
    }
  }

  private @Nullable Node inputCell(int r) {
    for (Node n : grid.getChildren()) {
      Integer at = GridPane.getRowIndex(n);
      Integer column = GridPane.getColumnIndex(n);
      if (at != null && at == r && column != null && column == 1) {
        return n;
      }
    }
    return null;
  }

  /** A muted note in the input column. */
  Label note(String id, ObservableStringValue message) {
    Label note = new Label();
    note.setId(id);
    note.setStyle("-fx-font-size: 0.9em;");
    note.getStyleClass().add(Styles.TEXT_MUTED);
    note.setMinWidth(Region.USE_PREF_SIZE);
    note.setMinHeight(Region.USE_PREF_SIZE);
    note.textProperty().bind(message);
    return under(note);
  }

  Label label(String key) {
    Label label = new Label();
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.textProperty().bind(text.text(key));
    return label;
  }

  /**
   * A combo box whose items are named by {@code name} in the current language; the names follow a
   * change of language.
   */
  static <T> ComboBox<T> choice(
      String id, Localizer text, List<T> items, Function<T, String> name) {
    ComboBox<T> combo = new ComboBox<>();
    combo.setId(id);
    combo.getItems().setAll(items);
    Runnable rename =
        () ->
            combo.setConverter(
                new StringConverter<>() {
                  @Override
                  public String toString(@Nullable T value) {
                    return value == null ? "" : name.apply(value);
                  }

                  @Override
                  public @Nullable T fromString(String shown) {
                    return combo.getItems().stream()
                        .filter(item -> name.apply(item).equals(shown))
                        .findFirst()
                        .orElse(null);
                  }
                });
    rename.run();
    text.languageProperty().addListener((o, old, now) -> rename.run());
    return combo;
  }

  /** Keeps {@code node} left to right in every language (numbers, addresses, key names). */
  static <T extends Node> T leftToRight(T node) {
    node.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    return node;
  }

  /** A status line: success or danger colour as {@code problem} says; unwrapped, never cut. */
  static Label status(String id, ObservableStringValue message, ObservableBooleanValue problem) {
    Label status = new Label();
    status.setId(id);
    status.setMinWidth(Region.USE_PREF_SIZE);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.textProperty().bind(message);
    Runnable restyle =
        () -> {
          status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
          status.getStyleClass().add(problem.get() ? Styles.DANGER : Styles.SUCCESS);
        };
    problem.addListener((o, was, is) -> restyle.run());
    // A binding listens to its sources weakly: without a strong reference from the label it could
    // be collected, and the style would stop following.
    status.getProperties().put(FormGrid.class, problem);
    restyle.run();
    return status;
  }
}
