package org.switchboard.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.FakeAudio;
import org.switchboard.app.settings.FakeCrmSignIn;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.settings.SettingsView;
import org.switchboard.app.settings.SettingsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The settings screen's Support section on a headless toolkit (Monocle), with the save dialog
 * replaced by a stub that answers what the test chose.
 */
@ExtendWith(ApplicationExtension.class)
class SupportViewTest {
  @TempDir static Path root;
  private final List<Path> suggested = new CopyOnWriteArrayList<>();
  private volatile Optional<Path> answer = Optional.empty();

  @Start
  void start(Stage stage) throws IOException {
    BundleFixture fixture = new BundleFixture(Files.createTempDirectory(root, "fixture"));
    Localizer localizer = new Localizer(Language.ENGLISH);
    SupportViewModel support =
        new SupportViewModel(
            fixture.bundle(),
            s -> {
              suggested.add(s);
              return answer;
            },
            root.resolve("home"),
            localizer,
            Runnable::run,
            Runnable::run);
    SettingsViewModel vm =
        new SettingsViewModel(
            new SettingsStore(fixture.settings),
            new FakeSecretStore(),
            new FakeAudio().ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run,
            support);
    stage.setScene(new Scene(new SettingsView(vm, localizer, uri -> {}).root()));
    stage.setWidth(1200);
    stage.setHeight(760);
    stage.setX(0);
    stage.setY(0);
    stage.show();
  }

  private static String status(FxRobot robot) {
    return robot.lookup("#bundleStatus").queryAs(Label.class).getText();
  }

  @Test
  void theSupportSectionIsListedLastAndShowsWhatTheBundleHolds(FxRobot robot) {
    robot.clickOn("#navSupport");

    assertThat(robot.lookup("#sectionTitle").queryAs(Label.class).getText()).isEqualTo("Support");
    assertThat(robot.lookup("#supportSection").query().isVisible()).isTrue();
    assertThat(robot.lookup("#supportIntro").queryAs(Label.class).getText())
        .contains("passwords, tokens\nand customer data removed");
  }

  @Test
  void theButtonSavesTheBundleWhereTheUserChoseAndSaysWhere(FxRobot robot) {
    Path target = root.resolve("ticket-" + System.nanoTime() + ".zip");
    answer = Optional.of(target);

    robot.clickOn("#navSupport").clickOn("#createBundle");

    assertThat(suggested)
        .last()
        .isEqualTo(root.resolve("home").resolve("switchboard-diagnostics-20261123-101530.zip"));
    assertThat(target).isRegularFile();
    assertThat(status(robot)).isEqualTo("Diagnostics bundle saved:\n" + target);
    assertThat(robot.lookup("#bundleStatus").query().getStyleClass()).contains(Styles.SUCCESS);
  }

  @Test
  void cancellingTheDialogSavesNothingAndSaysNothing(FxRobot robot) {
    answer = Optional.empty();

    robot.clickOn("#navSupport").clickOn("#createBundle");

    assertThat(suggested).hasSize(1);
    assertThat(status(robot)).isEmpty();
  }

  @Test
  void aPlaceThatCannotBeWrittenIsReportedAsAProblem(FxRobot robot) throws IOException {
    Path blocked = Files.writeString(root.resolve("plain-" + System.nanoTime()), "x");
    answer = Optional.of(blocked.resolve("ticket.zip"));

    robot.clickOn("#navSupport").clickOn("#createBundle");

    assertThat(status(robot)).startsWith("Could not save the diagnostics bundle to " + blocked);
    assertThat(robot.lookup("#bundleStatus").query().getStyleClass()).contains(Styles.DANGER);
  }
}
