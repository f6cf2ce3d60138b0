package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.BaresipPeer;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.ToneAnalysis;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop end to end: the composition root with the real JAIN-SIP stack, libjitsi media
 * and the local customer directory (the embedded default) registers at the lab's Kamailio with the
 * password from the keychain port; baresip (2001) calls and the desktop, driven through its windows
 * like an agent drives it, shows the caller's customer card.
 */
@Tag("lab")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(90)
class DesktopEndToEndTest {
  private static final String USER = "1024";
  private static final Duration SIGNALLING = Duration.ofSeconds(15);

  @TempDir static Path dir;
  private Lab lab = Lab.load();
  private @Nullable Desktop desktop;

  private final FxRobot robot = new FxRobot();

  @BeforeAll
  void openTheDesktop() throws Exception {
    lab = Lab.load();
    lab.kamailio().clearBindings(USER);
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(
        () -> {
          open(stage);
          // Earlier tests may have left the shared primary stage small or elsewhere.
          stage.setWidth(1200);
          stage.setHeight(760);
          stage.setX(0);
          stage.setY(0);
          stage.toFront();
        });
  }

  private void open(Stage stage) {
    AccountSettings account =
        new AccountSettings(
            lab.registrarHost(),
            lab.registrarPort(),
            SipTransport.UDP,
            USER,
            "",
            lab.sipDomain(),
            "Desktop " + USER,
            Language.ENGLISH);
    Path settings = dir.resolve("settings");
    try {
      new SettingsStore(settings).save(DesktopSettings.defaults().withAccount(account));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    FakeSecretStore keychain = new FakeSecretStore();
    keychain.entries.put(account.passwordKey(), Secret.of(lab.passwordFor(USER)));
    DesktopEnvironment env =
        new DesktopEnvironment(
            settings,
            dir.resolve("data"),
            keychain,
            "DE",
            Clock.systemDefaultZone(),
            16068,
            31400,
            new AudioSource.Tone(440),
            new AudioSink.WavFile(dir.resolve("heard-{call}.wav")),
            false);
    desktop = Desktop.open(stage, env, link -> {});
  }

  @AfterAll
  void close() throws Exception {
    Desktop d = desktop;
    if (d != null) {
      FxToolkit.setupFixture(d::close);
    }
  }

  private static void await(String what, BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      WaitForAsyncUtils.waitForFxEvents();
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  private static boolean showsText(FxRobot robot, String text) {
    return robot
        .lookup((Node n) -> n instanceof Labeled && text.equals(((Labeled) n).getText()))
        .tryQuery()
        .isPresent();
  }

  @Test
  @Order(1)
  void theDesktopRegistersWithThePasswordFromTheKeychain() throws Exception {
    lab.kamailio().awaitRegistered(USER, SIGNALLING);
    await("the workspace", () -> robot.lookup("#workspace").tryQuery().isPresent(), SIGNALLING);
  }

  @Test
  @Order(2)
  void anAgentAnswersBaresipHangsUpAndWrapsUpIntoTheJournal() throws Exception {
    BaresipPeer peer = lab.peerA();
    peer.clearRecordings();
    try (BaresipControl baresip = peer.control()) {
      baresip.dial("sip:" + USER + "@" + lab.sipDomain());
      await(
          "the customer card of 2001",
          () -> showsText(robot, "Lab caller A (baresip 2001)"),
          SIGNALLING);
      await("answer enabled", () -> enabled("#answer"), SIGNALLING);
      robot.clickOn("#answer");
      baresip.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      robot.clickOn("#wrapup-notes").write("asked about the invoice");
      TimeUnit.MILLISECONDS.sleep(2500); // let the tones cross for the recordings

      robot.clickOn("#hangUp");
      baresip.awaitEvent("CALL_CLOSED", SIGNALLING);
      await("the wrap-up", () -> enabled("#wrapup-done"), SIGNALLING);
      robot.clickOn("#wrapup-tag-billing");
      robot.clickOn("#wrapup-done");
    }
    Path journal = dir.resolve("data/call-log.jsonl");
    await(
        "the call in the local journal",
        () -> Files.exists(journal) && read(journal).contains("asked about the invoice"),
        SIGNALLING);
    String line = read(journal);
    assertThat(line).contains("2001").contains("billing").contains("Desktop " + USER);
    assertThat(ToneAnalysis.of(peer.latestReceivedRecording(SIGNALLING)).isTone(440, 30))
        .as("baresip heard the desktop's tone")
        .isTrue();
  }

  private boolean enabled(String query) {
    return robot.lookup(query).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
