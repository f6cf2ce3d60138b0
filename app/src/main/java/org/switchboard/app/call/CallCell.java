package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * One call in the call list: name, number (left to right in every language), status, duration and
 * quality; its accessible name says all of it. Names are untrusted and shown only as label text.
 * Used on the JavaFX application thread.
 */
final class CallCell extends ListCell<CallRow> {
  private final Label name = new Label();
  private final Label number = new Label();
  private final Label status = new Label();
  private final Label duration = new Label();
  private final QualityIndicator quality;
  private final HBox box;

  CallCell(Localizer text) {
    quality = new QualityIndicator(text);
    name.getStyleClass().add(Styles.TEXT_BOLD);
    name.setMnemonicParsing(false);
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    number.getStyleClass().add(Styles.TEXT_MUTED);
    status.getStyleClass().add(Styles.TEXT_SMALL);
    duration.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    VBox who = new VBox(2, name, number);
    VBox where = new VBox(2, status, duration);
    where.setAlignment(Pos.CENTER_RIGHT);
    box = new HBox(10, who, gap, where, quality.root());
    box.setAlignment(Pos.CENTER_LEFT);
    setMnemonicParsing(false);
  }

  @Override
  protected void updateItem(@Nullable CallRow row, boolean empty) {
    super.updateItem(row, empty);
    name.textProperty().unbind();
    status.textProperty().unbind();
    duration.textProperty().unbind();
    accessibleTextProperty().unbind();
    if (empty || row == null) {
      setGraphic(null);
      setText(null);
      setAccessibleText(null);
      quality.show(null);
      return;
    }
    name.textProperty().bind(row.titleProperty());
    name.setNodeOrientation(
        row.hasName() ? NodeOrientation.INHERIT : NodeOrientation.LEFT_TO_RIGHT);
    number.setText(row.hasName() ? row.address() : "");
    number.setVisible(row.hasName());
    number.setManaged(row.hasName());
    status.textProperty().bind(row.statusProperty());
    duration.textProperty().bind(row.durationProperty());
    accessibleTextProperty().bind(row.summaryProperty());
    quality.show(row);
    setText(null);
    setGraphic(box);
  }
}
