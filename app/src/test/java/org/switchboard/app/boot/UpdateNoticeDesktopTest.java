package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.GeneralSettings;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.UpdatePolicy;
import org.switchboard.app.updates.HttpsFeedServer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop, started with the update policy NOTIFY and a feed on loopback offering a newer
 * version, shows the notice in the workspace's toolbar, opens the download page and lets the agent
 * dismiss it.
 */
class UpdateNoticeDesktopTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private final List<URI> opened = new CopyOnWriteArrayList<>();
  private @Nullable Desktop desktop;
  private HttpsFeedServer feed;

  @BeforeEach
  void serveFeed() throws Exception {
    feed = new HttpsFeedServer();
    feed.serve(
        "{\"version\": \"0.2.0\", \"url\": \"https://downloads.example.com/0.2.0\","
            + " \"notes\": \"Faster screen pops\"}");
  }

  @AfterEach
  void close() throws Exception {
    Desktop d = desktop;
    if (d != null) {
      FxToolkit.setupFixture(d::close);
    }
    feed.close();
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

  private boolean noticeShown() {
    return robot.lookup("#updateNotice").tryQuery().map(Node::isVisible).orElse(false);
  }

  @Test
  void aNewerVersionIsAnnouncedInTheToolbarWithItsDownloadLink() throws Exception {
    DemoDesktop d = new DemoDesktop(dir, Language.ENGLISH);
    SettingsStore store = new SettingsStore(d.env.settingsDir());
    DesktopSettings s = store.load().desktop();
    store.save(
        new DesktopSettings(
            s.account(),
            s.audio(),
            s.crm(),
            s.queue(),
            s.hotkeys(),
            s.appearance(),
            s.autoAnswer(),
            new GeneralSettings(false, UpdatePolicy.NOTIFY, feed.feed())));
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(
        () -> {
          desktop =
              Desktop.open(
                  stage, d.env, opened::add, d::start, HttpsFeedServer.checkRunning("0.1.0"));
          stage.setWidth(1200);
          stage.setHeight(760);
          stage.setX(0);
          stage.setY(0);
          stage.toFront();
        });

    await("the update notice", this::noticeShown);

    assertThat(robot.lookup("#updateText").queryLabeled().getText())
        .isEqualTo("Switchboard 0.2.0 is available.");
    assertThat(feed.server.getRequestCount()).isEqualTo(1);
    robot.clickOn("#updateDownload");
    assertThat(opened).containsExactly(URI.create("https://downloads.example.com/0.2.0"));
    robot.clickOn("#updateDismiss");
    assertThat(noticeShown()).isFalse();
  }
}
