package org.switchboard.app.incoming;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.app.i18n.Localizer;

/**
 * One ringing call's card in the notification, bound to an {@link IncomingCall}. Node ids: {@code
 * callerName}, {@code callerNumber}, {@code queue}, {@code attached} (the offer's attached data),
 * {@code waited}, {@code summary}, {@code error}, {@code answer}, {@code reject}; the card itself
 * has style class {@code incoming-call} and the call as its user data. Built and used on the JavaFX
 * application thread.
 */
final class IncomingCallCard {
  /** The style class of every card, to look them up. */
  static final String STYLE_CLASS = "incoming-call";

  private final VBox root = new VBox(4);
  private final Button answer = new Button();
  private final Button reject = new Button();

  IncomingCallCard(IncomingCall call, Localizer text) {
    root.getStyleClass().add(STYLE_CLASS);
    root.setUserData(call);
    root.setPadding(new Insets(10, 12, 10, 12));
    root.accessibleTextProperty().bind(text.text("incoming.card.accessible", call.caller()));

    Label name = new Label(call.name());
    name.setId("callerName");
    name.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_BOLD);
    showIfText(name);

    Label number = new Label(call.number());
    number.setId("callerNumber");
    // A phone number reads left to right in every language.
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    if (call.name().isEmpty()) {
      number.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_BOLD);
    }
    HBox numberRow = new HBox(number);

    Label summary = bound("summary", call.summaryProperty());
    Label queue = bound("queue", call.queueProperty());
    Label attached = bound("attached", call.attachedProperty());
    Label waited = bound("waited", call.waitedProperty());
    waited.getStyleClass().add(Styles.TEXT_MUTED);
    Label error = bound("error", call.errorProperty());
    error.getStyleClass().add(Styles.DANGER);

    button(answer, "answer", call, text, Styles.SUCCESS);
    answer.setOnAction(e -> call.answer());
    button(reject, "reject", call, text, Styles.DANGER);
    reject.setOnAction(e -> call.reject());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox actions = new HBox(8, gap, reject, answer);
    actions.setPadding(new Insets(6, 0, 0, 0));

    root.getChildren().addAll(name, numberRow, summary, queue, attached, waited, error, actions);
  }

  VBox root() {
    return root;
  }

  Button answerButton() {
    return answer;
  }

  private static void button(
      Button b, String id, IncomingCall call, Localizer text, String styleClass) {
    b.setId(id);
    b.getStyleClass().add(styleClass);
    b.textProperty().bind(text.text("incoming." + id));
    b.accessibleTextProperty().bind(text.text("incoming." + id + ".accessible", call.caller()));
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(text.text("incoming." + id + ".tooltip"));
    b.setTooltip(tip);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.disableProperty().bind(call.busyProperty());
  }

  private static Label bound(String id, ObservableStringValue value) {
    Label label = new Label();
    label.setId(id);
    label.textProperty().bind(value);
    showIfText(label);
    return label;
  }

  /** Hides a label (and frees its space) while it has no text. */
  private static void showIfText(Label label) {
    label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
    label.managedProperty().bind(label.visibleProperty());
  }
}
