package org.switchboard.app.history;

import atlantafx.base.theme.Styles;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.dial.Glyphs;
import org.switchboard.app.i18n.Localizer;

/**
 * One row of the history list: direction icon (with its accessible name), name and number, time,
 * duration, disposition and "call back". Texts come ready from {@link HistoryRow}; labels never
 * interpret markup.
 */
final class HistoryCell extends ListCell<HistoryRow> {
  private final HistoryViewModel vm;
  private final Localizer text;

  HistoryCell(HistoryViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
  }

  {
    // The row is as wide as the list (not as its longest text): long texts end in an ellipsis
    // and the call-back button stays in view.
    setPrefWidth(0);
    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
  }

  @Override
  protected void updateItem(@Nullable HistoryRow row, boolean empty) {
    super.updateItem(row, empty);
    setText(null);
    if (empty || row == null) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    setAccessibleText(row.accessibleText());
    setGraphic(content(row));
  }

  private HBox content(HistoryRow row) {
    HBox box = new HBox(10, direction(row), who(row), when(row));
    if (!row.disposition().isEmpty()) {
      Label disposition = literal(row.disposition(), "history-disposition");
      disposition.getStyleClass().add(Styles.TEXT_SMALL);
      box.getChildren().add(disposition);
    }
    box.getChildren().add(callBack(row));
    box.setAlignment(Pos.CENTER_LEFT);
    box.setMinWidth(0);
    return box;
  }

  private static Label direction(HistoryRow row) {
    Label direction = new Label();
    direction.getStyleClass().add("history-direction");
    direction.setGraphic(Glyphs.of(icon(row.kind()), direction, 18));
    direction.setAccessibleText(row.kindName());
    direction.setTooltip(new Tooltip(row.kindName()));
    if (row.kind() == HistoryEntry.Kind.MISSED) {
      direction.getStyleClass().add(Styles.DANGER);
    }
    return direction;
  }

  /** The name above the number, or the number alone (left to right in every language). */
  private static VBox who(HistoryRow row) {
    boolean named = !row.name().isEmpty();
    Label headline = literal(named ? row.name() : row.number(), "history-name");
    headline.getStyleClass().add(Styles.TEXT_BOLD);
    if (row.kind() == HistoryEntry.Kind.MISSED) {
      headline.getStyleClass().add(Styles.DANGER);
    }
    VBox who = new VBox(2, headline);
    if (!named) {
      headline.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
      headline.getStyleClass().add("history-number");
    } else if (!row.number().isEmpty()) {
      Label number = literal(row.number(), "history-number");
      number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
      number.getStyleClass().add(Styles.TEXT_MUTED);
      who.getChildren().add(number);
    }
    HBox.setHgrow(who, Priority.ALWAYS);
    who.setMaxWidth(Double.MAX_VALUE);
    who.setMinWidth(0);
    return who;
  }

  private static VBox when(HistoryRow row) {
    Label time = literal(row.time(), "history-time");
    Label duration = literal(row.duration(), "history-duration");
    duration.getStyleClass().add(Styles.TEXT_MUTED);
    VBox when = new VBox(2, time, duration);
    when.setAlignment(Pos.CENTER_RIGHT);
    when.setMinWidth(Region.USE_PREF_SIZE);
    return when;
  }

  private Button callBack(HistoryRow row) {
    Button b = new Button();
    b.getStyleClass().addAll("history-callback", Styles.BUTTON_ICON, Styles.SUCCESS);
    b.setGraphic(Glyphs.of(Glyphs.CALL, b, 16));
    // First-strong isolate in right-to-left languages: a name or a number keeps its own
    // direction (left-to-right system fonts would draw the isolate controls as boxes).
    String who = row.name().isEmpty() ? row.number() : row.name();
    boolean rtl = text.language().rightToLeft();
    String name = text.get("history.callBack.name", rtl ? "\u2068" + who + "\u2069" : who);
    b.setAccessibleText(name);
    b.setTooltip(new Tooltip(name));
    b.setDisable(!row.canCallBack());
    b.setOnAction(e -> vm.callBack(row));
    return b;
  }

  private static String icon(HistoryEntry.Kind kind) {
    switch (kind) {
      case MISSED:
        return Glyphs.MISSED;
      case OUTBOUND:
        return Glyphs.OUTGOING;
      default:
        return Glyphs.INCOMING;
    }
  }

  /** A label showing {@code value} exactly. */
  private static Label literal(String value, String styleClass) {
    Label label = new Label(value);
    label.setMnemonicParsing(false);
    label.getStyleClass().add(styleClass);
    return label;
  }
}
