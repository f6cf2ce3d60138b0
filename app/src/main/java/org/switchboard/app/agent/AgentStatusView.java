package org.switchboard.app.agent;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.switchboard.app.fx.EverySecond;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Presence;

/**
 * The status bar at the top of the main window, built in code and bound to {@link
 * AgentStatusViewModel}. A one-second {@link Timeline} calls {@link AgentStatusViewModel#tick()}
 * while the bar is in a scene. Node ids (for tests and styling): {@code agentStatus}, {@code
 * registration}, {@code queueLink} (with a queue service), {@code presence} (the menu; items {@code
 * presence-ready}, {@code presence-reason-<code>}, {@code presence-offline}), {@code nextPresence},
 * {@code routing}, {@code routingTimer}, {@code queues} ({@code queue0}, ...), {@code
 * presenceProblem}. Built and used on the JavaFX application thread.
 */
public final class AgentStatusView {
  private static final String DOT = "\u25CF";
  private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);

  private final AgentStatusViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(4);
  private final MenuButton presence = new MenuButton();
  private final HBox queues = new HBox(12);
  private final Timeline ticker;

  public AgentStatusView(AgentStatusViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    build();
    this.ticker = EverySecond.whileShown(root, vm::tick);
  }

  /** The bar's root node, for the top of the main window. */
  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("agentStatus");
    root.setPadding(new Insets(6, 12, 6, 12));
    root.getStyleClass().addAll("agent-status", Styles.BG_SUBTLE);
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));

    // A flow, not a row: at 200% scaling or in a narrow window the parts wrap instead of being
    // cut to "Regis…".
    FlowPane bar = new FlowPane(Orientation.HORIZONTAL, 14, 4);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setRowValignment(VPos.CENTER);
    bar.getChildren()
        .addAll(
            registration(),
            queueLink(),
            separator(),
            presenceMenu(),
            nextPresence(),
            separator(),
            routing(),
            queueSeparator(),
            queueFigures());
    root.getChildren().addAll(bar, problem());
  }

  private Label registration() {
    Label registration = new Label();
    registration.setId("registration");
    registration.textProperty().bind(vm.registration().textProperty());
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(vm.registration().detailProperty());
    // A tooltip only when there is a detail to tell: an empty one shows as a blank box.
    Runnable showDetail = () -> registration.setTooltip(tip.getText().isEmpty() ? null : tip);
    tip.textProperty().addListener((o, old, now) -> showDetail.run());
    showDetail.run();
    follow(registration, vm.registration().toneProperty());
    return registration;
  }

  private Label queueLink() {
    Label link = new Label();
    link.setId("queueLink");
    link.textProperty().bind(vm.queueLink().textProperty());
    link.visibleProperty().bind(vm.queueLink().visibleProperty());
    link.managedProperty().bind(vm.queueLink().visibleProperty());
    follow(link, vm.queueLink().toneProperty());
    return link;
  }

  private MenuButton presenceMenu() {
    presence.setId("presence");
    presence.setMnemonicParsing(false);
    presence.textProperty().bind(vm.presenceTextProperty());
    presence.accessibleTextProperty().bind(text.text("agent.presence.label"));
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(text.text("agent.presence.label"));
    presence.setTooltip(tip);
    presence.disableProperty().bind(vm.busyProperty());
    Label dot = new Label(DOT);
    follow(dot, vm.presenceToneProperty());
    presence.setGraphic(dot);
    vm.choices().addListener((ListChangeListener<PresenceChoice>) c -> fillMenu());
    fillMenu();
    return presence;
  }

  private void fillMenu() {
    presence.getItems().clear();
    for (PresenceChoice choice : vm.choices()) {
      Presence p = choice.presence();
      if (p instanceof Presence.Offline
          || (p instanceof Presence.NotReady && presence.getItems().size() == 1)) {
        presence.getItems().add(new SeparatorMenuItem());
      }
      MenuItem item = new MenuItem(choice.label());
      item.setId(choice.id());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> vm.changePresence(p));
      presence.getItems().add(item);
    }
  }

  private Label nextPresence() {
    Label next = new Label();
    next.setId("nextPresence");
    next.getStyleClass().add(Styles.TEXT_MUTED);
    next.textProperty().bind(vm.nextPresenceTextProperty());
    showWhenNotEmpty(next);
    return next;
  }

  private HBox routing() {
    Label state = new Label();
    state.setId("routing");
    state.textProperty().bind(vm.routingTextProperty());
    Label timer = new Label();
    timer.setId("routingTimer");
    // A clock reads left to right in every language.
    timer.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    timer.getStyleClass().add(Styles.TEXT_BOLD);
    timer.textProperty().bind(vm.timerTextProperty());
    timer
        .accessibleTextProperty()
        .bind(Bindings.concat(text.text("agent.routing.timer"), " ", vm.timerTextProperty()));
    HBox box = new HBox(6, state, timer);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private Separator queueSeparator() {
    Separator separator = separator();
    separator.visibleProperty().bind(vm.queuesVisibleProperty());
    separator.managedProperty().bind(vm.queuesVisibleProperty());
    return separator;
  }

  private HBox queueFigures() {
    queues.setId("queues");
    queues.setAlignment(Pos.CENTER_LEFT);
    queues.visibleProperty().bind(vm.queuesVisibleProperty());
    queues.managedProperty().bind(vm.queuesVisibleProperty());
    queues.accessibleTextProperty().bind(text.text("agent.queues.label"));
    vm.queues().addListener((ListChangeListener<QueueLine>) c -> fillQueues());
    fillQueues();
    return queues;
  }

  private void fillQueues() {
    queues.getChildren().clear();
    for (QueueLine line : vm.queues()) {
      Label label = new Label(line.text());
      label.setId(line.id());
      label.setMnemonicParsing(false);
      tone(label, line.tone());
      queues.getChildren().add(label);
    }
  }

  private Label problem() {
    Label problem = new Label();
    problem.setId("presenceProblem");
    problem.setWrapText(true);
    problem.getStyleClass().add(Styles.DANGER);
    problem.textProperty().bind(vm.problemProperty());
    showWhenNotEmpty(problem);
    return problem;
  }

  private static Separator separator() {
    Separator separator = new Separator(Orientation.VERTICAL);
    separator.setPrefHeight(22);
    return separator;
  }

  private static void showWhenNotEmpty(Label label) {
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
  }

  private static void follow(Node node, ObservableValue<Tone> tone) {
    tone(node, tone.getValue());
    tone.addListener((o, old, now) -> tone(node, now));
  }

  /** Puts the theme's colour class for {@code tone} on {@code node}, removing the others. */
  static void tone(Node node, Tone tone) {
    node.getStyleClass().removeAll(TONES);
    node.getStyleClass().remove(Styles.TEXT_MUTED);
    switch (tone) {
      case SUCCESS:
        node.getStyleClass().add(Styles.SUCCESS);
        break;
      case WARNING:
        node.getStyleClass().add(Styles.WARNING);
        break;
      case DANGER:
        node.getStyleClass().add(Styles.DANGER);
        break;
      default:
        node.getStyleClass().add(Styles.TEXT_MUTED);
    }
  }
}
