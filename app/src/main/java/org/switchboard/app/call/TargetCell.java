package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
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
 * One transfer target: name, kind and availability, the detail line (team, waiting calls), and the
 * address left to right. Its accessible name says all of it. Used on the JavaFX application thread.
 */
final class TargetCell extends ListCell<TransferTargetRow> {
  private final Localizer text;
  private final Label name = new Label();
  private final Label kind = new Label();
  private final Label availability = new Label();
  private final Label detail = new Label();
  private final Label address = new Label();
  private final HBox box;

  TargetCell(Localizer text) {
    this.text = text;
    name.getStyleClass().add(Styles.TEXT_BOLD);
    name.setMnemonicParsing(false);
    kind.getStyleClass().add(Styles.TEXT_SMALL);
    availability.getStyleClass().add(Styles.TEXT_SMALL);
    detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    detail.setMnemonicParsing(false);
    address.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    address.getStyleClass().add(Styles.TEXT_MUTED);
    address.setMnemonicParsing(false);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    VBox who = new VBox(2, name, detail);
    VBox what = new VBox(2, new HBox(6, kind, availability), address);
    what.setAlignment(Pos.CENTER_RIGHT);
    box = new HBox(10, who, gap, what);
    box.setAlignment(Pos.CENTER_LEFT);
    setMnemonicParsing(false);
  }

  @Override
  protected void updateItem(@Nullable TransferTargetRow row, boolean empty) {
    super.updateItem(row, empty);
    kind.textProperty().unbind();
    availability.textProperty().unbind();
    accessibleTextProperty().unbind();
    if (empty || row == null) {
      setGraphic(null);
      setText(null);
      setAccessibleText(null);
      return;
    }
    name.setText(row.name());
    detail.setText(row.detail());
    detail.setVisible(!row.detail().isEmpty());
    detail.setManaged(detail.isVisible());
    address.setText(row.address());
    address.setVisible(!row.address().equals(row.name()));
    address.setManaged(address.isVisible());
    String kindKey = kindKey(row);
    String availableKey = row.available() ? "callpanel.target.available" : "callpanel.target.away";
    kind.textProperty().bind(text.text(kindKey));
    availability.textProperty().bind(text.text(availableKey));
    availability.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
    availability.getStyleClass().add(row.available() ? Styles.SUCCESS : Styles.DANGER);
    accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    text.get(
                        "callpanel.target.row",
                        row.name(),
                        text.get(kindKey),
                        text.get(availableKey),
                        row.detail().isEmpty()
                            ? CallTexts.isolated(row.address(), text.language())
                            : row.detail()
                                + ", "
                                + CallTexts.isolated(row.address(), text.language())),
                text.languageProperty()));
    setText(null);
    setGraphic(box);
  }

  private static String kindKey(TransferTargetRow row) {
    if (row.typed()) {
      return "callpanel.target.typed";
    }
    switch (row.kind()) {
      case AGENT:
        return "callpanel.target.agent";
      case QUEUE:
        return "callpanel.target.queue";
      default:
        return "callpanel.target.number";
    }
  }
}
