package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.app.provisioning.Provisioning;
import org.switchboard.app.provisioning.ProvisioningClient;
import org.switchboard.app.settings.FakeSecretStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop reads the machine's provisioning before anything else: the first-run wizard opens
 * prefilled with the administrator's values, locked ones read-only.
 */
class DesktopProvisioningTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private @Nullable Desktop desktop;

  @AfterEach
  void close() throws Exception {
    Desktop d = desktop;
    if (d != null) {
      FxToolkit.setupFixture(d::close);
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      WaitForAsyncUtils.waitForFxEvents();
      TimeUnit.MILLISECONDS.sleep(30);
    }
  }

  private String host() {
    return robot.lookup("#host").tryQuery().map(n -> ((TextField) n).getText()).orElse("");
  }

  @Test
  void theWizardOpensWithTheAdministratorsValuesAndLocks() throws Exception {
    Path file = dir.resolve("provisioning.json");
    Files.writeString(
        file,
        "{\"version\": 1, \"settings\": {\"host\": \"pbx.example.com\"}, \"locked\": [\"host\"]}");
    DesktopEnvironment env = environment(file);
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(
        () -> {
          desktop =
              Desktop.open(
                  stage,
                  env,
                  link -> {},
                  (settings, e) -> {
                    throw new AssertionError("no services before the wizard is finished");
                  });
          stage.setWidth(1200);
          stage.setHeight(760);
          stage.setX(0);
          stage.setY(0);
          stage.toFront();
        });

    await("the wizard", () -> robot.lookup("#wizard").tryQuery().isPresent());
    await("the provisioned host", () -> host().equals("pbx.example.com"));
    assertThat(robot.lookup("#host").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#hostLocked").query().isManaged()).isTrue();
  }

  @Test
  void finishingTheWizardStartsTheServicesOnce() throws Exception {
    Path file = dir.resolve("provisioning.json");
    Files.writeString(
        file,
        "{\"version\": 1, \"settings\": {\"host\": \"127.0.0.1\", \"user\": \"1001\","
            + " \"domain\": \"example.com\"}}");
    AtomicInteger starts = new AtomicInteger();
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(
        () -> {
          desktop =
              Desktop.open(
                  stage,
                  environment(file),
                  link -> {},
                  (settings, e) -> {
                    starts.incrementAndGet();
                    throw new AgentFailure(ExitCode.OTHER, "no services in this test");
                  });
          stage.setWidth(1200);
          stage.setHeight(760);
          stage.setX(0);
          stage.setY(0);
          stage.toFront();
        });
    await("the wizard", () -> robot.lookup("#wizard").tryQuery().isPresent());
    await("the provisioned host", () -> host().equals("127.0.0.1"));
    robot.clickOn("#wizardNext");
    robot.clickOn("#password").write("secret");
    for (int page = 0; page < 3; page++) {
      robot.clickOn("#wizardNext");
    }
    robot.clickOn("#wizardFinish");
    await("the services starting", () -> starts.get() > 0);
    // Both the saved settings and the finished wizard used to start the services.
    TimeUnit.MILLISECONDS.sleep(500);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(starts).hasValue(1);
  }

  private DesktopEnvironment environment(Path provisioningFile) {
    return new DesktopEnvironment(
        dir.resolve("settings"),
        dir.resolve("data"),
        new FakeSecretStore(),
        "DE",
        Clock.systemDefaultZone(),
        0,
        40000,
        null,
        null,
        false,
        new Provisioning(provisioningFile, dir.resolve("data"), ProvisioningClient.system()));
  }
}
