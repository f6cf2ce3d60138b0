package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.fx.EverySecond;
import org.switchboard.app.i18n.Localizer;

/**
 * The call panel, built in code and bound to {@link CallPanelViewModel}; it decides nothing itself.
 * It owns the one-second timeline that moves the durations on (running while the panel is in a
 * scene). Keys while the focus is in the panel but not in a text field: H hold/resume, M
 * mute/unmute, K keypad, T transfer, Escape closes the transfer pane, and with the keypad open the
 * digits, * and # send DTMF. Node ids: {@code callPanel}, {@code calls}, {@code activeName}, {@code
 * activeNumber}, {@code activeStatus}, {@code activeDuration}, {@code quality}, {@code answer},
 * {@code hangUp}, {@code hold}, {@code mute}, {@code keypadToggle}, {@code keypad} (keys {@code
 * key-0} ... {@code key-hash}), {@code dtmfSent}, {@code transfer}, {@code completeTransfer},
 * {@code conference}, {@code cancelConsult}, {@code message}, those of the transfer pane ({@code
 * transferPane}, ...) and of the device menu ({@code devices}, {@code deviceNotice}). Used on the
 * JavaFX application thread.
 */
public final class CallPanelView {
  private final CallPanelViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(10);
  private final ListView<CallRow> list = new ListView<>();
  private final @Nullable CallDevicesView devices;
  private final Timeline ticker;
  private boolean following;

  public CallPanelView(CallPanelViewModel vm, Localizer text) {
    this(vm, null, text);
  }

  /**
   * With the device menu and device notices ({@link CallDevicesView}) when {@code devices} is
   * given.
   */
  public CallPanelView(
      CallPanelViewModel vm, @Nullable CallDevicesViewModel devices, Localizer text) {
    this.vm = vm;
    this.text = text;
    this.devices = devices == null ? null : new CallDevicesView(devices, text);
    build();
    this.ticker = EverySecond.whileShown(root, vm::tick);
  }

  /** The panel's root node. */
  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("callPanel");
    root.setPadding(new Insets(12));
    root.setPrefWidth(480);
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(text.text("callpanel.title"));
    root.getChildren()
        .addAll(
            title,
            callList(),
            activeCall(),
            buttons(),
            keypad(),
            new TransferPane(vm, text).root(),
            message());
    if (devices != null) {
      root.getChildren().add(devices.notice());
    }
    root.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
    root.addEventHandler(KeyEvent.KEY_TYPED, this::digit);
  }

  private ListView<CallRow> callList() {
    list.setId("calls");
    list.setItems(vm.rows());
    list.setCellFactory(l -> new CallCell(text));
    list.setPrefHeight(150);
    list.accessibleTextProperty().bind(text.text("callpanel.calls"));
    Label none = new Label();
    none.textProperty().bind(text.text("callpanel.empty"));
    list.setPlaceholder(none);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, old, row) -> {
              if (row != null && !following && row != vm.activeRowProperty().get()) {
                vm.select(row);
              }
            });
    vm.activeRowProperty().addListener((o, old, row) -> followActive());
    vm.rows().addListener((ListChangeListener<CallRow>) c -> followActive());
    followActive();
    return list;
  }

  /** The list shows the active call selected; the model, not the list, decides which it is. */
  private void followActive() {
    following = true;
    try {
      CallRow active = vm.activeRowProperty().get();
      if (active == null) {
        list.getSelectionModel().clearSelection();
      } else {
        list.getSelectionModel().select(active);
      }
    } finally {
      following = false;
    }
  }

  private Node activeCall() {
    Label name = new Label();
    name.setId("activeName");
    name.getStyleClass().add(Styles.TEXT_BOLD);
    name.setMnemonicParsing(false);
    Label number = new Label();
    number.setId("activeNumber");
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    Label status = new Label();
    status.setId("activeStatus");
    Label duration = new Label();
    duration.setId("activeDuration");
    duration.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    QualityIndicator quality = new QualityIndicator(text);
    quality.root().setId("quality");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox box =
        new HBox(10, new VBox(2, name, number), gap, new VBox(2, status, duration), quality.root());
    box.setAlignment(Pos.CENTER_LEFT);
    box.visibleProperty().bind(vm.activeRowProperty().isNotNull());
    box.managedProperty().bind(box.visibleProperty());
    vm.activeRowProperty()
        .addListener(
            (o, old, row) -> {
              bindOrClear(name, row == null ? null : row.titleProperty());
              boolean named = row != null && row.hasName();
              name.setNodeOrientation(
                  named ? NodeOrientation.INHERIT : NodeOrientation.LEFT_TO_RIGHT);
              number.setText(row != null && named ? row.address() : "");
              number.setVisible(named);
              number.setManaged(named);
              bindOrClear(status, row == null ? null : row.statusProperty());
              bindOrClear(duration, row == null ? null : row.durationProperty());
              quality.show(row);
            });
    return box;
  }

  private static void bindOrClear(Label label, @Nullable ObservableStringValue value) {
    label.textProperty().unbind();
    if (value == null) {
      label.setText("");
    } else {
      label.textProperty().bind(value);
    }
  }

  private Node buttons() {
    Button answer = button("answer", text.text("callpanel.answer"), null, vm.canAnswerProperty());
    answer.getStyleClass().add(Styles.SUCCESS);
    answer.setOnAction(e -> vm.answer());
    Button hangUp = button("hangUp", text.text("callpanel.hangUp"), null, vm.canHangUpProperty());
    hangUp.getStyleClass().add(Styles.DANGER);
    hangUp.setOnAction(e -> vm.hangUp());
    Button hold =
        button(
            "hold",
            either(vm.holdingProperty(), "callpanel.resume", "callpanel.hold"),
            "H",
            vm.canHoldProperty());
    hold.setOnAction(e -> vm.toggleHold());
    Button mute =
        button(
            "mute",
            either(vm.mutedProperty(), "callpanel.unmute", "callpanel.mute"),
            "M",
            vm.canMuteProperty());
    mute.setOnAction(e -> vm.toggleMute());
    ToggleButton keypad = new ToggleButton();
    describe(keypad, "keypadToggle", text.text("callpanel.keypad"), "K", vm.canDtmfProperty());
    // Not bound: a toggle button sets its own state when pressed; the model's state wins after.
    keypad.setOnAction(
        e -> {
          vm.toggleKeypad();
          keypad.setSelected(vm.keypadOpenProperty().get());
        });
    vm.keypadOpenProperty().addListener((o, was, open) -> keypad.setSelected(open));
    Button transfer =
        button("transfer", text.text("callpanel.transfer"), "T", vm.canTransferProperty());
    transfer.setOnAction(e -> vm.openTransfer());
    FlowPane pane = new FlowPane(8, 8, answer, hangUp, hold, mute, keypad, transfer);
    pane.getChildren().addAll(consultButtons());
    if (devices != null) {
      pane.getChildren().add(devices.menu());
    }
    pane.setId("callButtons");
    return pane;
  }

  /** Complete transfer, conference and cancel: shown while they can apply. */
  private List<Button> consultButtons() {
    Button complete =
        button(
            "completeTransfer",
            text.text("callpanel.completeTransfer"),
            null,
            vm.canCompleteTransferProperty());
    complete.getStyleClass().add(Styles.ACCENT);
    complete.setOnAction(e -> vm.completeTransfer());
    Button conference =
        button("conference", text.text("callpanel.conference"), null, vm.canConferenceProperty());
    conference.setOnAction(e -> vm.conference());
    Button cancel =
        button(
            "cancelConsult", text.text("callpanel.cancelConsult"), null, vm.consultingProperty());
    cancel.setOnAction(e -> vm.cancelConsult());
    showWhen(complete, vm.consultingProperty());
    showWhen(cancel, vm.consultingProperty());
    showWhen(conference, Bindings.or(vm.consultingProperty(), vm.canConferenceProperty()));
    return List.of(complete, conference, cancel);
  }

  private Node keypad() {
    Keypad pad = new Keypad(text, vm::sendDtmf);
    pad.root().setId("keypad");
    pad.root().setMaxWidth(220);
    Label sent = new Label();
    sent.setId("dtmfSent");
    sent.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.dtmfSentProperty().get().isEmpty()
                        ? ""
                        : text.get(
                            "callpanel.keypad.sent",
                            CallTexts.isolated(vm.dtmfSentProperty().get(), text.language())),
                vm.dtmfSentProperty(),
                text.languageProperty()));
    VBox box = new VBox(6, pad.root(), sent);
    box.setId("keypadBox");
    showWhen(box, Bindings.and(vm.keypadOpenProperty(), vm.canDtmfProperty()));
    return box;
  }

  private Node message() {
    Label message = new Label();
    message.setId("message");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    vm.messageIsProblemProperty()
        .addListener(
            (o, was, problem) -> {
              message.getStyleClass().remove(Styles.DANGER);
              if (problem) {
                message.getStyleClass().add(Styles.DANGER);
              }
            });
    return message;
  }

  private void shortcut(KeyEvent e) {
    if (e.getTarget() instanceof TextInputControl) {
      if (e.getCode() == KeyCode.ESCAPE) {
        vm.closeTransfer();
        e.consume();
      }
      return;
    }
    if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
      return;
    }
    KeyCode code = e.getCode();
    if (code == KeyCode.H) {
      vm.toggleHold();
    } else if (code == KeyCode.M) {
      vm.toggleMute();
    } else if (code == KeyCode.K) {
      vm.toggleKeypad();
    } else if (code == KeyCode.T) {
      vm.openTransfer();
    } else if (code == KeyCode.ESCAPE) {
      vm.closeTransfer();
    } else {
      return;
    }
    e.consume();
  }

  private void digit(KeyEvent e) {
    String typed = e.getCharacter();
    if (e.getTarget() instanceof TextInputControl
        || typed.length() != 1
        || Keypad.KEYS.indexOf(typed.charAt(0)) < 0
        || !vm.keypadOpenProperty().get()) {
      return;
    }
    vm.sendDtmf(typed.charAt(0));
    e.consume();
  }

  private StringBinding either(ObservableBooleanValue when, String yes, String no) {
    return Bindings.createStringBinding(
        () -> text.get(when.get() ? yes : no), when, text.languageProperty());
  }

  private Button button(
      String id, StringBinding label, @Nullable String key, ObservableBooleanValue enabled) {
    Button b = new Button();
    describe(b, id, label, key, enabled);
    return b;
  }

  /** Text, accessible name, tooltip (naming the shortcut key, if any) and when it is enabled. */
  private void describe(
      ButtonBase b,
      String id,
      StringBinding label,
      @Nullable String key,
      ObservableBooleanValue enabled) {
    b.setId(id);
    b.textProperty().bind(label);
    b.accessibleTextProperty().bind(label);
    Tooltip tip = new Tooltip();
    tip.textProperty()
        .bind(
            key == null
                ? label
                : Bindings.createStringBinding(
                    () -> text.get("callpanel.shortcut", label.get(), key), label));
    b.setTooltip(tip);
    b.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
  }

  private static void showWhen(Node node, ObservableBooleanValue shown) {
    node.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
    node.managedProperty().bind(node.visibleProperty());
  }
}
