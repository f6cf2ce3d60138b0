package org.switchboard.app.dial;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.app.i18n.Localizer;

/**
 * The question a click-to-dial link asks, built in code and bound to {@link
 * LinkConfirmationViewModel}: "Call 2001@example.com?" with Call (the default button: Enter) and
 * Cancel (the cancel button: Escape). Mirrored in right-to-left languages. Node ids: {@code
 * linkConfirmation}, {@code linkQuestion}, {@code linkCall}, {@code linkCancel}. JavaFX thread.
 */
public final class LinkConfirmationView {
  private final VBox root = new VBox(16);
  private final Button call = new Button();
  private final Button cancel = new Button();

  public LinkConfirmationView(LinkConfirmationViewModel vm, Localizer text) {
    root.setId("linkConfirmation");
    root.setPadding(new Insets(20));
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    Label question = new Label();
    question.setId("linkQuestion");
    question.setMnemonicParsing(false);
    // Unwrapped (JavaFX 21 wraps Arabic-script text wrongly): the label is as wide as its text.
    question.setMinWidth(Region.USE_PREF_SIZE);
    question.setStyle("-fx-font-size: 1.15em;");
    question.textProperty().bind(vm.questionProperty());

    call.setId("linkCall");
    call.textProperty().bind(text.text("links.confirm.call"));
    call.setGraphic(Glyphs.of(Glyphs.CALL, call, 16));
    call.getStyleClass().add(Styles.SUCCESS);
    call.setDefaultButton(true);
    call.setMinWidth(Region.USE_PREF_SIZE);
    call.setOnAction(e -> vm.call());

    cancel.setId("linkCancel");
    cancel.textProperty().bind(text.text("links.confirm.cancel"));
    cancel.setCancelButton(true);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setOnAction(e -> vm.cancel());

    HBox buttons = new HBox(8, call, cancel);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    root.getChildren().addAll(question, buttons);
  }

  /** The view's root node. */
  public Parent root() {
    return root;
  }

  /** Puts the keyboard focus on Call, so Enter and Space both call. */
  public void focusCall() {
    call.requestFocus();
  }

  /** Presses Cancel, as the agent would (the smoke test answers this way). */
  public void pressCancel() {
    cancel.fire();
  }
}
