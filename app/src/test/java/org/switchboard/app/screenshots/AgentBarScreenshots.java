package org.switchboard.app.screenshots;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.agent.AgentStatusView;
import org.switchboard.app.agent.AgentStatusViewModel;
import org.switchboard.app.agent.FakeAgentSession;
import org.switchboard.app.agent.FakeRegistration;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.testkit.ManualClock;

/**
 * Writes a PNG of the agent status bar in three states (ready with queue figures; on a call with a
 * presence queued; registration failed and a refused presence change), stacked, in one language and
 * theme: {@code AgentBarScreenshots <language tag> <light|dark> <dir>} writes {@code
 * agentbar-<lang>-<theme>.png}. The views are the production ones on fake ports. Run by
 * take-agentbar-screenshots.sh under Xvfb.
 */
public final class AgentBarScreenshots {
  private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

  private AgentBarScreenshots() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    boolean dark = args[1].equals("dark");
    Path out = Path.of(args[2]).resolve("agentbar-" + language.tag() + "-" + args[1] + ".png");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    Platform.setImplicitExit(false);
    started.await(10, TimeUnit.SECONDS);
    AtomicReference<@Nullable Stage> stage = new AtomicReference<>();
    ScreenshotSupport.onFx(
        () -> {
          Application.setUserAgentStylesheet(
              dark
                  ? new PrimerDark().getUserAgentStylesheet()
                  : new PrimerLight().getUserAgentStylesheet());
          String family = ScreenshotSupport.loadFonts();
          VBox bars = new VBox(16, ready(language), onCall(language), failed(language));
          bars.setPadding(new Insets(12));
          bars.getStyleClass().add("bg-default");
          if (family != null && language.rightToLeft()) {
            bars.setStyle("-fx-font-family: \"" + family + "\";");
          }
          Stage s = new Stage();
          s.setScene(new Scene(bars, 980, -1));
          s.show();
          stage.set(s);
          return null;
        });
    Thread.sleep(1000); // layout and the first frames
    int written =
        ScreenshotSupport.onFx(
            () -> {
              Stage s = stage.get();
              if (s == null) {
                return 0;
              }
              WritableImage image = s.getScene().snapshot(null);
              Png.write(image, out);
              System.out.println(
                  "wrote "
                      + out
                      + " ("
                      + (int) image.getWidth()
                      + "x"
                      + (int) image.getHeight()
                      + ")");
              return 1;
            });
    Platform.exit();
    System.exit(written == 1 ? 0 : 1);
  }

  private static List<NotReadyReason> reasons(Language language) {
    return language.rightToLeft()
        ? List.of(new NotReadyReason("BREAK", "استراحت"), new NotReadyReason("LUNCH", "ناهار"))
        : List.of(FakeAgentSession.BREAK, FakeAgentSession.LUNCH);
  }

  private static Parent bar(
      Language language, AgentSnapshot state, ManualClock clock, @Nullable RegistrationEvent reg) {
    Localizer localizer = new Localizer(language);
    FakeAgentSession session = new FakeAgentSession(state);
    FakeRegistration registration = new FakeRegistration();
    AgentStatusViewModel vm =
        new AgentStatusViewModel(session, registration, localizer, Runnable::run, clock);
    vm.start();
    if (reg != null) {
      registration.emit(reg);
    }
    if (state.routing() == RoutingState.ON_CALL) {
      vm.changePresence(Presence.notReady(reasons(language).get(0)));
    }
    if (reg instanceof RegistrationEvent.Failed) {
      session.refuseWith = "the queue service did not answer";
      vm.changePresence(Presence.ready());
    }
    return new AgentStatusView(vm, localizer).root();
  }

  private static Parent ready(Language language) {
    String sales = language.rightToLeft() ? "فروش" : "Sales";
    String support = language.rightToLeft() ? "پشتیبانی" : "Support";
    AgentSnapshot s =
        new AgentSnapshot(
            Presence.ready(),
            T0,
            null,
            RoutingState.IDLE,
            T0,
            reasons(language),
            List.of(
                new QueueFigures(sales, 3, Duration.ofSeconds(134)),
                new QueueFigures(support, 0, Duration.ZERO)),
            null,
            null);
    ManualClock clock = new ManualClock(T0.plusSeconds(312));
    return bar(language, s, clock, new RegistrationEvent.Registered(300));
  }

  private static Parent onCall(Language language) {
    AgentSnapshot s =
        new AgentSnapshot(
            Presence.ready(),
            T0,
            null,
            RoutingState.ON_CALL,
            T0,
            reasons(language),
            List.of(),
            null,
            null);
    ManualClock clock = new ManualClock(T0.plusSeconds(3725));
    return bar(language, s, clock, new RegistrationEvent.Registered(300));
  }

  private static Parent failed(Language language) {
    AgentSnapshot s =
        new AgentSnapshot(
            Presence.notReady(reasons(language).get(1)),
            T0,
            null,
            RoutingState.IDLE,
            T0,
            reasons(language),
            List.of(),
            null,
            null);
    ManualClock clock = new ManualClock(T0.plusSeconds(47));
    return bar(
        language,
        s,
        clock,
        new RegistrationEvent.Failed(
            RegistrationFailure.AUTHENTICATION_REJECTED, 403, "pbx.example.com answered 403"));
  }
}
