package org.switchboard.app.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.testkit.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notification window on a headless toolkit (Monocle). Calls are offered from the test thread,
 * as the sip-events thread does; the agent types in a main window meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class IncomingCallWindowTest {
  private static final String LRI = "\u2066";
  private static final String PDI = "\u2069";

  private final FakeCallControl control = new FakeCallControl();
  private final FakeAgentSession session = new FakeAgentSession();
  private final FakeRinger ringer = new FakeRinger();
  private final ManualClock clock = new ManualClock(Instant.parse("2025-05-01T10:00:00Z"));
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private @Nullable TextField notes;
  private @Nullable Stage main;
  private IncomingCallViewModel vm =
      new IncomingCallViewModel(
          new CallsModel(control, Runnable::run, clock),
          session,
          CallerSummary.none(),
          ringer,
          localizer,
          Runnable::run,
          clock);
  private @Nullable IncomingCallWindow window;

  @Start
  void start(Stage stage) {
    main = stage;
    notes = new TextField();
    notes.setId("notes");
    stage.setScene(new Scene(new VBox(notes), 400, 300));
    stage.show();
    CallsModel calls = new CallsModel(control, Platform::runLater, clock);
    calls.start();
    vm =
        new IncomingCallViewModel(
            calls,
            session,
            call -> new ReadOnlyStringWrapper("Ada Lovelace · Engines Ltd"),
            ringer,
            localizer,
            Platform::runLater,
            clock);
    vm.start();
    window = new IncomingCallWindow(vm, localizer, nanos::get);
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(
        () -> {
          window().close();
          vm.close();
        });
  }

  private void offer(String id, String number, String name) {
    control.incoming(id, number, name);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private IncomingCallWindow window() {
    return Objects.requireNonNull(window, "window");
  }

  private Stage notification() {
    return window().stage();
  }

  private <T extends Node> T inWindow(String id, Class<T> type) {
    return type.cast(notification().getScene().getRoot().lookup("#" + id));
  }

  private String label(String id) {
    return inWindow(id, Label.class).getText();
  }

  /** The agent switches to the notification and waits past the arming time. */
  private void focusNotification(FxRobot robot) {
    nanos.addAndGet(IncomingCallWindow.ARMING_NANOS);
    robot.interact(() -> notification().requestFocus());
    nanos.addAndGet(IncomingCallWindow.ARMING_NANOS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(notification().isFocused()).isTrue();
  }

  @Test
  void anOfferedCallShowsTheWindowWithCallerQueueWaitAndSummaryAtTheBottomRight() {
    session.offer(FakeAgentSession.offer("c1", "Billing", Duration.ofSeconds(42)));
    offer("c1", "+4930901820", "Ada Lovelace");

    Stage stage = notification();
    assertThat(stage.isShowing()).isTrue();
    assertThat(stage.isAlwaysOnTop()).isTrue();
    assertThat(stage.getOwner()).isNull();
    assertThat(stage.getTitle()).isEqualTo("Incoming call");
    assertThat(label("callerName")).isEqualTo("Ada Lovelace");
    assertThat(label("callerNumber")).isEqualTo("+4930901820");
    assertThat(label("queue")).isEqualTo("Queue: Billing");
    assertThat(label("waited")).isEqualTo("Waiting 0:42");
    assertThat(label("summary")).isEqualTo("Ada Lovelace · Engines Ltd");
    Button answer = inWindow("answer", Button.class);
    assertThat(answer.getAccessibleText())
        .isEqualTo("Answer the call from Ada Lovelace +4930901820");
    assertThat(answer.getTooltip().getText()).isEqualTo("Answer (Enter)");
    assertThat(answer.isFocusTraversable()).isTrue();
    assertThat(inWindow("reject", Button.class).getAccessibleText()).startsWith("Reject the call");
    Rectangle2D area = Screen.getPrimary().getVisualBounds();
    assertThat(stage.getX() + stage.getWidth())
        .isCloseTo(
            area.getMaxX() - IncomingCallWindow.MARGIN, org.assertj.core.data.Offset.offset(1.0));
    assertThat(stage.getY() + stage.getHeight())
        .isCloseTo(
            area.getMaxY() - IncomingCallWindow.MARGIN, org.assertj.core.data.Offset.offset(1.0));
    assertThat(ringer.ringing).isTrue();
  }

  @Test
  void anOfferArrivingAfterTheWindowShowsGrowsItUpwardsStayingInsideTheWorkArea() {
    offer("c1", "+4930901820", "Ada Lovelace");
    Stage stage = notification();
    double before = stage.getHeight();

    session.offer(FakeAgentSession.offer("c1", "Billing", Duration.ofSeconds(42)));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(label("queue")).isEqualTo("Queue: Billing");
    assertThat(stage.getHeight()).as("the queue and wait lines fit").isGreaterThan(before);
    Rectangle2D area = Screen.getPrimary().getVisualBounds();
    assertThat(stage.getY() + stage.getHeight())
        .isCloseTo(
            area.getMaxY() - IncomingCallWindow.MARGIN, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void theNotificationLeavesTheFocusWithTheTypingAgent(FxRobot robot) {
    TextField notes = Objects.requireNonNull(this.notes);
    robot.interact(notes::requestFocus);

    offer("c1", "+4930901820", "Ada Lovelace");
    // Past the arming time: keys reaching the notification now would answer or reject.
    nanos.addAndGet(IncomingCallWindow.ARMING_NANOS);
    robot.write("see you").type(KeyCode.ENTER).type(KeyCode.ESCAPE);

    assertThat(notification().isShowing()).isTrue();
    assertThat(Objects.requireNonNull(main).isFocused()).isTrue();
    assertThat(notes.getText()).isEqualTo("see you");
    assertThat(control.commands).isEmpty();
  }

  @Test
  void enterAnswersAndTheWindowGoesWhenTheCallIsAnswered(FxRobot robot) {
    offer("c1", "+4930901820", "Ada Lovelace");
    focusNotification(robot);

    robot.type(KeyCode.ENTER);

    assertThat(control.commands).containsExactly("answer c1");
    assertThat(inWindow("answer", Button.class).isDisabled()).isTrue();
    control.answered("c1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(notification().isShowing()).isFalse();
    assertThat(ringer.ringing).isFalse();
  }

  @Test
  void escapeRejectsAndTheWindowGoesWhenTheCallEnds(FxRobot robot) {
    offer("c1", "+4930901820", "Ada Lovelace");
    focusNotification(robot);

    robot.type(KeyCode.ESCAPE);

    assertThat(control.commands).containsExactly("reject c1 486");
    control.rejected("c1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(notification().isShowing()).isFalse();
  }

  @Test
  void keysTypedTheInstantTheWindowAppearsDoNothingAndLaterAct(FxRobot robot) {
    // Nobody is typing elsewhere: the notification keeps the focus the platform gave it.
    robot.interact(() -> Objects.requireNonNull(main).hide());
    offer("c1", "+4930901820", "Ada Lovelace");
    assertThat(notification().isFocused()).isTrue();

    robot.type(KeyCode.ENTER).type(KeyCode.SPACE).type(KeyCode.ESCAPE);
    assertThat(control.commands).isEmpty();

    nanos.addAndGet(IncomingCallWindow.ARMING_NANOS);
    robot.type(KeyCode.ENTER);
    assertThat(control.commands).containsExactly("answer c1");
  }

  @Test
  void theButtonsAnswerAndRejectByClick(FxRobot robot) {
    offer("c1", "+4930901820", "Ada Lovelace");

    robot.clickOn(inWindow("answer", Button.class));

    assertThat(control.commands).containsExactly("answer c1");
  }

  @Test
  void theCallerHangingUpHidesTheWindow() {
    assertThat(notification().isShowing()).isFalse();
    assertThat(notification().getScene().getRoot().lookup("#answer")).isNull();
    offer("c1", "+4930901820", "Ada Lovelace");
    assertThat(notification().isShowing()).isTrue();

    control.callerCancelled("c1");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(notification().isShowing()).isFalse();
    assertThat(ringer.calls).containsExactly("start", "stop");
  }

  @Test
  void aCallAfterTheWindowHidOnceIsStyledAndPlacedAsTheFirstWas() {
    List<String> styleWarnings = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            styleWarnings.add(String.valueOf(r.getMessage()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger css = Logger.getLogger("javafx.css");
    css.addHandler(handler);
    try {
      offerTwoCallsOneAfterTheOther();
    } finally {
      css.removeHandler(handler);
    }
    assertThat(styleWarnings).isEmpty();
  }

  private void offerTwoCallsOneAfterTheOther() {
    offer("c1", "+4930901820", "Ada Lovelace");
    Rectangle2D first = bounds(notification());
    Background styled = inWindow("answer", Button.class).getBackground();
    Paint text = inWindow("callerName", Label.class).getTextFill();
    control.callerCancelled("c1");
    WaitForAsyncUtils.waitForFxEvents();

    offer("c2", "+4930901821", "Bob Babbage");

    assertThat(label("callerName")).isEqualTo("Bob Babbage");
    assertThat(bounds(notification())).isEqualTo(first);
    assertThat(styled).isNotNull();
    assertThat(inWindow("answer", Button.class).getBackground()).isEqualTo(styled);
    assertThat(inWindow("callerName", Label.class).getTextFill()).isEqualTo(text);
  }

  private static Rectangle2D bounds(Stage stage) {
    return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
  }

  @Test
  void severalCallsStackAndEscapeRejectsTheOneWithTheFocus(FxRobot robot) {
    // The agent works in the notification alone (Monocle never takes the focus flag off a
    // window, so a shown main window would count as the one being typed in).
    robot.interact(() -> Objects.requireNonNull(main).hide());
    offer("c1", "+4930901820", "Ada Lovelace");
    offer("c2", "+4930901821", "Bob Babbage");
    List<Node> cards =
        List.copyOf(
            robot
                .from(notification().getScene().getRoot())
                .lookup("." + IncomingCallCard.STYLE_CLASS)
                .queryAll());
    assertThat(cards).hasSize(2);
    assertThat(notification().getTitle()).isEqualTo("Incoming calls: 2");
    assertThat(notification().getScene().getFocusOwner()).isSameAs(cards.get(0).lookup("#answer"));
    focusNotification(robot);
    Button olderAnswer = (Button) cards.get(1).lookup("#answer");
    robot.interact(olderAnswer::requestFocus);

    offer("c3", "+4930901822", "Charles Babbage");
    assertThat(notification().getScene().getFocusOwner()).isSameAs(olderAnswer);
    robot.type(KeyCode.ESCAPE); // a new call re-arms the keys: ignored
    assertThat(control.commands).isEmpty();
    nanos.addAndGet(IncomingCallWindow.ARMING_NANOS);
    robot.type(KeyCode.ESCAPE);
    control.rejected("c1");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(control.commands).containsExactly("reject c1 486");
    assertThat(
            robot
                .from(notification().getScene().getRoot())
                .lookup("." + IncomingCallCard.STYLE_CLASS)
                .queryAll())
        .hasSize(2);
    assertThat(label("callerName")).isEqualTo("Charles Babbage");
    assertThat(notification().isShowing()).isTrue();
  }

  @Test
  void persianMirrorsTheWindowToTheBottomLeftAndKeepsTheNumberLeftToRight(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    offer("c1", "+4930901820", "Ada Lovelace");

    Node root = notification().getScene().getRoot();
    Label number = inWindow("callerNumber", Label.class);
    assertThat(root.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(number.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(number.getText()).isEqualTo("+4930901820");
    assertThat(label("waited")).isEqualTo("انتظار " + LRI + "۰:۰۰" + PDI);
    assertThat(inWindow("answer", Button.class).getText()).isEqualTo("پاسخ");
    assertThat(notification().getTitle()).isEqualTo("تماس ورودی");
    Rectangle2D area = Screen.getPrimary().getVisualBounds();
    assertThat(notification().getX()).isEqualTo(area.getMinX() + IncomingCallWindow.MARGIN);
  }
}
