package org.switchboard.app.testcall;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.switchboard.app.call.Keypad;
import org.switchboard.app.i18n.Localizer;

/**
 * The test call's content, built in code and bound to {@link TestCallViewModel}; it decides nothing
 * itself. The address and the keypad stay left to right in every language. Node ids: {@code
 * testCall}, {@code testCallTarget}, {@code testCallDial}, {@code testCallHangUp}, {@code
 * testCallStatus}, {@code testCallDigits}, and the keypad's {@code key-0} ... {@code key-hash}.
 */
public final class TestCallView {
  private final TestCallViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(10);

  public TestCallView(TestCallViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    build();
  }

  /** The view's root node. */
  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("testCall");
    root.setPadding(new Insets(16));
    root.setPrefWidth(400);
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    Label intro = new Label();
    intro.textProperty().bind(text.text("testcall.intro"));
    intro.setWrapText(true);
    intro.getStyleClass().add(Styles.TEXT_MUTED);
    Label targetLabel = new Label();
    targetLabel.textProperty().bind(text.text("testcall.target"));
    TextField target = new TextField();
    target.setId("testCallTarget");
    // An address reads left to right in every language.
    target.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    target.textProperty().bindBidirectional(vm.targetProperty());
    target.accessibleTextProperty().bind(text.text("testcall.target"));
    target.disableProperty().bind(Bindings.not(vm.canDialProperty()));
    target.setOnAction(e -> vm.dial());
    targetLabel.setLabelFor(target);
    Label status = new Label();
    status.setId("testCallStatus");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add(Styles.TEXT_BOLD);
    Label sent = new Label();
    sent.setId("testCallDigits");
    sent.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.digitsProperty().get().isEmpty()
                        ? ""
                        : text.get("testcall.sent", vm.digitsProperty().get()),
                vm.digitsProperty(),
                text.languageProperty()));
    Keypad keypad = new Keypad(text, vm::press);
    keypad.root().disableProperty().bind(Bindings.not(vm.connectedProperty()));
    root.getChildren().addAll(intro, targetLabel, target, actions(), status, keypad.root(), sent);
  }

  private HBox actions() {
    Button dial = new Button();
    dial.setId("testCallDial");
    dial.textProperty().bind(text.text("testcall.dial"));
    dial.getStyleClass().add(Styles.SUCCESS);
    dial.setDefaultButton(true);
    dial.disableProperty().bind(Bindings.not(vm.canDialProperty()));
    dial.setOnAction(e -> vm.dial());
    Button hangUp = new Button();
    hangUp.setId("testCallHangUp");
    hangUp.textProperty().bind(text.text("testcall.hangUp"));
    hangUp.getStyleClass().add(Styles.DANGER);
    hangUp.disableProperty().bind(vm.canDialProperty());
    hangUp.setOnAction(e -> vm.hangUp());
    dial.setMaxWidth(Double.MAX_VALUE);
    hangUp.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(dial, Priority.ALWAYS);
    HBox.setHgrow(hangUp, Priority.ALWAYS);
    return new HBox(8, dial, hangUp);
  }
}
