package org.switchboard.app.dial;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.app.call.Keypad;
import org.switchboard.app.i18n.Localizer;

/**
 * The dialler, built in code and bound to {@link DialerViewModel}; it decides nothing itself. The
 * number field and the keypad stay left to right in every language. Enter in the field dials;
 * pasting puts in the cleaned number. Node ids: {@code dialer}, {@code dialNumber}, {@code
 * dialBackspace}, {@code dialHint}, {@code dialError}, {@code dialCall}, {@code dialRedial}, and
 * the keypad's {@code key-0} ... {@code key-hash}.
 */
public final class DialerView {
  private final DialerViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(8);
  private final TextField field = new NumberField();

  public DialerView(DialerViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    build();
  }

  /** The view's root node. */
  public Parent root() {
    return root;
  }

  /** Puts the keyboard focus into the number field (e.g. when a link is shown). */
  public void focusNumber() {
    field.requestFocus();
    field.end();
  }

  private void build() {
    root.setId("dialer");
    root.setPadding(new Insets(16));
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    Label hint = label("dialHint", vm.hintProperty(), Styles.TEXT_MUTED);
    Label error = label("dialError", vm.errorProperty(), Styles.DANGER);
    Keypad keypad = new Keypad(text, vm::press);
    root.getChildren().addAll(numberRow(), hint, error, keypad.root(), actions());
  }

  private HBox numberRow() {
    field.setId("dialNumber");
    // Numbers and SIP addresses read left to right in every language.
    field.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    field.setStyle("-fx-font-size: 1.4em;");
    field.promptTextProperty().bind(text.text("dial.prompt"));
    field.accessibleTextProperty().bind(text.text("dial.number"));
    field.setTextFormatter(
        new TextFormatter<String>(
            change ->
                change.getControlNewText().length() > DialerViewModel.MAX_INPUT ? null : change));
    field.textProperty().bindBidirectional(vm.numberProperty());
    field.setOnAction(e -> vm.dial());
    HBox.setHgrow(field, Priority.ALWAYS);

    Button backspace = iconButton("dialBackspace", Glyphs.BACKSPACE, text.text("dial.backspace"));
    backspace.setOnAction(e -> vm.backspace());
    backspace.disableProperty().bind(Bindings.not(vm.canDialProperty()));
    HBox number = new HBox(6, field, backspace);
    number.setAlignment(Pos.CENTER_LEFT);
    return number;
  }

  private HBox actions() {
    Button call = new Button();
    call.setId("dialCall");
    call.textProperty().bind(text.text("dial.call"));
    call.setGraphic(Glyphs.of(Glyphs.CALL, call, 16));
    call.getStyleClass().add(Styles.SUCCESS);
    call.setMaxWidth(Double.MAX_VALUE);
    call.disableProperty().bind(Bindings.not(vm.canDialProperty()));
    call.setOnAction(e -> vm.dial());
    HBox.setHgrow(call, Priority.ALWAYS);

    Button redial = new Button();
    redial.setId("dialRedial");
    redial.textProperty().bind(text.text("dial.redial"));
    redial.accessibleTextProperty().bind(vm.redialTextProperty());
    redial.setTooltip(tooltip(vm.redialTextProperty()));
    redial.disableProperty().bind(Bindings.not(vm.canRedialProperty()));
    redial.setOnAction(e -> vm.redial());

    return new HBox(8, call, redial);
  }

  private static Label label(String id, ObservableStringValue value, String style) {
    Label label = new Label();
    label.setId(id);
    label.setMnemonicParsing(false);
    label.getStyleClass().add(style);
    // Unwrapped (JavaFX 21 wraps Arabic-script text wrongly): the label is as wide as its text.
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.textProperty().bind(value);
    label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static Button iconButton(String id, String path, ObservableStringValue name) {
    Button button = new Button();
    button.setId(id);
    button.setGraphic(Glyphs.of(path, button, 18));
    button.getStyleClass().add(Styles.BUTTON_ICON);
    button.accessibleTextProperty().bind(name);
    button.setTooltip(tooltip(name));
    return button;
  }

  private static Tooltip tooltip(ObservableStringValue value) {
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(value);
    return tip;
  }

  /** The number field: a paste puts in the number found in the clipboard's text. */
  private final class NumberField extends TextField {
    @Override
    public void paste() {
      Clipboard clipboard = Clipboard.getSystemClipboard();
      if (clipboard.hasString()) {
        String pasted = vm.cleanPasted(clipboard.getString());
        if (!pasted.isEmpty()) {
          replaceSelection(pasted);
        }
      }
    }
  }
}
