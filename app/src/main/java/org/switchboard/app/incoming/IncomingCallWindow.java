package org.switchboard.app.incoming;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * The incoming-call notification's own window: undecorated, always on top, with no owner, so it
 * rises above other applications even when the main window is minimised or hidden in the tray. It
 * sits at the bottom-right corner of the primary screen's work area (bottom-left in right-to-left
 * languages), stacks one card per ringing call (newest on top), shows while a call rings and hides
 * when none does. Created and used on the JavaFX application thread.
 *
 * <p>Keyboard: Enter answers and Escape rejects the call whose card has the focus, else the newest;
 * Enter on a focused button presses that button; Tab moves between the buttons. Within the window
 * the focus rests on the newest call's Answer, unless the agent has moved it.
 *
 * <p>Focus (a choice): the window does not take the keyboard from a typing agent. JavaFX cannot
 * show a window without activating it, so when the notification appears while another Switchboard
 * window has the focus, the focus is handed straight back to that window; an agent typing notes
 * keeps typing there, and answers by the global hotkey, a click, or by switching to the
 * notification (click, Alt+Tab) and pressing Enter. As a second guard, for platforms that hand the
 * focus back late and for the case where no Switchboard window had it, every key is ignored until
 * the notification has held the focus, and no new call has arrived, for {@link #ARMING_NANOS}: a
 * space or Enter typed at the instant a call arrives neither answers nor rejects it (nor the call
 * before it).
 */
public final class IncomingCallWindow {
  /** How long the window must have held the focus, with no new call, before keys act. */
  static final long ARMING_NANOS = 300_000_000L;

  /** Gap between the window and the screen's edges. */
  static final double MARGIN = 16;

  private static final double WIDTH = 340;

  private final IncomingCallViewModel vm;
  private final Localizer text;
  private final LongSupplier nanoTime;
  private final Stage stage = new Stage(StageStyle.UNDECORATED);
  private final VBox cards = new VBox(1);
  private final Timeline ticker;
  private final IdentityHashMap<IncomingCall, Node> built = new IdentityHashMap<>();
  private final ListChangeListener<IncomingCall> callsChanged = c -> callsChanged();
  private final InvalidationListener languageChanged = o -> place();
  private final InvalidationListener contentChanged = o -> place();
  private long focusedSince = Long.MIN_VALUE;
  private @Nullable Window returnFocusTo;
  private long raisedAt = Long.MIN_VALUE;
  private boolean movingFocus;
  private boolean agentMovedFocus;

  /**
   * Creates the (hidden) window and starts following {@code vm}. Call on the JavaFX application
   * thread; {@code vm} must be started for calls to appear.
   */
  public IncomingCallWindow(IncomingCallViewModel vm, Localizer text) {
    this(vm, text, System::nanoTime);
  }

  IncomingCallWindow(IncomingCallViewModel vm, Localizer text, LongSupplier nanoTime) {
    this.vm = Objects.requireNonNull(vm, "vm");
    this.text = Objects.requireNonNull(text, "text");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
    ticker.setCycleCount(Animation.INDEFINITE);
    build();
    prewarm();
    vm.calls().addListener(callsChanged);
    text.languageProperty().addListener(languageChanged);
    callsChanged();
  }

  /** The notification's Stage (for tests and for the tray to raise it). */
  public Stage stage() {
    return stage;
  }

  /** Stops following the view model and hides the window for good. */
  public void close() {
    vm.calls().removeListener(callsChanged);
    text.languageProperty().removeListener(languageChanged);
    ticker.stop();
    stage.hide();
  }

  private void build() {
    stage.setAlwaysOnTop(true);
    stage.setResizable(false);
    stage.titleProperty().bind(vm.titleProperty());
    Label title = new Label();
    title.setId("incomingTitle");
    title.textProperty().bind(vm.titleProperty());
    title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    title.setPadding(new Insets(6, 12, 0, 12));
    VBox frame = new VBox(title, cards);
    frame.setId("incomingCalls");
    frame.getStyleClass().addAll(Styles.BG_DEFAULT, Styles.BORDER_DEFAULT);
    frame.setStyle("-fx-border-width: 1;");
    frame.setPrefWidth(WIDTH);
    // The scene's root carries no inline style of its own: the composition root may bind it (the
    // bundled font for right-to-left languages).
    StackPane root = new StackPane(frame);
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    Scene scene = new Scene(root);
    scene.addEventFilter(KeyEvent.ANY, this::key);
    scene
        .focusOwnerProperty()
        .addListener(
            (obs, was, now) -> {
              if (!movingFocus && now != null && stage.isShowing()) {
                agentMovedFocus = true;
              }
            });
    stage.setScene(scene);
    // Keep the corner when the platform settles the size (fonts, scaling) after showing.
    InvalidationListener resized =
        o -> {
          if (stage.isShowing()) {
            moveToCorner(stage.getWidth(), stage.getHeight());
          }
        };
    stage.widthProperty().addListener(resized);
    stage.heightProperty().addListener(resized);
    stage
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              focusedSince = Long.MIN_VALUE;
              if (focused) {
                focusGained();
              }
            });
  }

  /**
   * Builds, styles and lays out one sample card in the hidden window and takes it out again, so the
   * first real call does not pay for loading classes, skins, styles and fonts.
   */
  private void prewarm() {
    Parent root = stage.getScene().getRoot();
    cards.getChildren().setAll(new IncomingCallCard(vm.sample(), text).root());
    root.applyCss();
    root.layout();
    cards.getChildren().clear();
  }

  private void callsChanged() {
    // Cards are kept while their call rings, so the focus stays where the agent put it.
    built.keySet().retainAll(List.copyOf(vm.calls()));
    List<Node> nodes = new ArrayList<>();
    boolean added = false;
    for (IncomingCall call : vm.calls()) {
      Node card = built.get(call);
      if (card == null) {
        card = new IncomingCallCard(call, text).root();
        built.put(call, card);
        added = true;
        // The offer's queue, wait and data, and the CRM's summary, often come after the window
        // shows: it grows (upwards, staying in the corner) to fit them.
        for (ObservableValue<?> line :
            List.of(
                call.summaryProperty(),
                call.queueProperty(),
                call.attachedProperty(),
                call.waitedProperty(),
                call.errorProperty())) {
          line.addListener(contentChanged);
        }
      }
      nodes.add(card);
    }
    cards.getChildren().setAll(nodes);
    if (vm.calls().isEmpty()) {
      ticker.stop();
      returnFocusTo = null;
      agentMovedFocus = false;
      stage.hide();
      return;
    }
    place();
    if (added) {
      raise();
    }
  }

  /** Shows the window above all others, leaving the keyboard where the agent types. */
  private void raise() {
    Window typingIn = focusedWindow();
    returnFocusTo = typingIn;
    raisedAt = nanoTime.getAsLong();
    if (!stage.isShowing()) {
      stage.show();
      moveToCorner(stage.getWidth(), stage.getHeight());
      ticker.play();
    }
    stage.toFront();
    // The focus within the window (the window itself may not have the keyboard): on the newest
    // call's Answer, unless the agent moved it.
    if (agentMovedFocus) {
      focusFirstAnswer();
    } else {
      focusNewestAnswer();
    }
    if (typingIn != null) {
      typingIn.requestFocus();
    }
  }

  /**
   * The window got the focus: straight after it was raised (the platform activated it, perhaps
   * late) the focus goes back to where the agent was typing; otherwise the agent came here, and
   * keys act once armed.
   */
  private void focusGained() {
    Window back = returnFocusTo;
    returnFocusTo = null;
    long now = nanoTime.getAsLong();
    if (back != null && back.isShowing() && now - raisedAt < ARMING_NANOS) {
      back.requestFocus();
      return;
    }
    focusedSince = now;
    focusFirstAnswer();
  }

  /** Sizes the window to its cards and puts it in the work area's bottom corner. */
  private void place() {
    if (!stage.isShowing()) {
      // Showing sizes the window after a full styling pass; styling a hidden window's nodes
      // here would miss the styles forgotten when it was last hidden.
      stage.sizeToScene();
      return;
    }
    Parent root = stage.getScene().getRoot();
    root.applyCss();
    double width = root.prefWidth(-1);
    double height = root.prefHeight(width);
    stage.setWidth(width);
    stage.setHeight(height);
    moveToCorner(width, height);
  }

  private void moveToCorner(double width, double height) {
    Rectangle2D area = Screen.getPrimary().getVisualBounds();
    double x =
        vm.rightToLeftProperty().get() ? area.getMinX() + MARGIN : area.getMaxX() - width - MARGIN;
    stage.setX(Math.max(area.getMinX(), x));
    stage.setY(Math.max(area.getMinY(), area.getMaxY() - height - MARGIN));
  }

  private void key(KeyEvent e) {
    if (!armed()) {
      e.consume();
      return;
    }
    if (e.getEventType() != KeyEvent.KEY_PRESSED || e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    if (e.getCode() == KeyCode.ENTER) {
      Node focused = stage.getScene().getFocusOwner();
      if (focused instanceof Button) {
        ((Button) focused).fire();
      } else {
        IncomingCall call = targetCall();
        if (call != null) {
          call.answer();
        }
      }
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      IncomingCall call = targetCall();
      if (call != null) {
        call.reject();
      }
      e.consume();
    }
  }

  /**
   * Whether keys act: the window has the focus, and has had it, and been still (no new call
   * raised), for the arming time.
   */
  private boolean armed() {
    long since = Math.max(raisedAt, focusedSince);
    return stage.isFocused() && nanoTime.getAsLong() - since >= ARMING_NANOS;
  }

  /** The call whose card holds the focus, else the newest. */
  private @Nullable IncomingCall targetCall() {
    for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
      if (n.getUserData() instanceof IncomingCall) {
        return (IncomingCall) n.getUserData();
      }
    }
    return vm.calls().isEmpty() ? null : vm.calls().get(0);
  }

  /** Puts the focus on the newest call's Answer unless it is in a card already. */
  private void focusFirstAnswer() {
    Node focused = stage.getScene().getFocusOwner();
    if (focused != null && focused.getScene() == stage.getScene() && isInCard(focused)) {
      return;
    }
    focusNewestAnswer();
  }

  private void focusNewestAnswer() {
    Node answer = cards.lookup("#answer");
    if (answer != null) {
      movingFocus = true;
      try {
        answer.requestFocus();
      } finally {
        movingFocus = false;
      }
    }
  }

  private static boolean isInCard(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n.getUserData() instanceof IncomingCall) {
        return n.getParent() != null;
      }
    }
    return false;
  }

  private @Nullable Window focusedWindow() {
    for (Window w : Window.getWindows()) {
      if (w != stage && w.isFocused() && w.isShowing()) {
        return w;
      }
    }
    return null;
  }
}
