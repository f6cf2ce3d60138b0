package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.diagnostics.DiagnosticsBundle;
import org.switchboard.app.diagnostics.DiagnosticsSources;
import org.switchboard.app.diagnostics.SupportViewModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.SettingsViewModel.Section;
import org.switchboard.app.theme.Theme;
import org.switchboard.app.theme.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 200% text size the settings screen, at its preferred size, shows every text whole: no label,
 * button or list cell draws an ellipsis instead of its text.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsScalingTest {
  @TempDir Path dir;
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private @Nullable SettingsViewModel model;
  private @Nullable Stage window;

  @Start
  void start(Stage stage) {
    // The app's own theme, set here so that the result does not depend on which test ran before
    // in this JVM (the user-agent stylesheet is global).
    Themes.apply(Theme.LIGHT);
    window = stage;
    model =
        new SettingsViewModel(
            new SettingsStore(dir),
            new FakeSecretStore(),
            new FakeAudio().ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run,
            new SupportViewModel(
                new DiagnosticsBundle(
                    new DiagnosticsSources(dir, dir, dir.resolve("provisioning.json"), "0.1.0"),
                    Clock.systemUTC()),
                suggested -> Optional.empty(),
                dir,
                localizer,
                Runnable::run,
                Runnable::run));
    // The primary stage is shared by the TestFX tests of this JVM: forget an earlier test's sizes,
    // so that the window takes the screen's preferred size.
    stage.setMinWidth(0);
    stage.setMinHeight(0);
    stage.setScene(new Scene(new SettingsView(model, localizer, uri -> {}).root()));
    stage.sizeToScene();
    stage.show();
  }

  private Stage stage() {
    return Objects.requireNonNull(window);
  }

  private Scene scene() {
    return Objects.requireNonNull(stage().getScene());
  }

  /** The texts of the shown labelled controls that are drawn cut off, as "id: text → shown". */
  static List<String> truncated(Parent root) {
    List<String> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private static void collect(Node node, List<String> found) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled
        && labeled.getText() != null
        && !labeled.getText().isEmpty()) {
      for (Node child : labeled.getChildrenUnmodifiable()) {
        if (child instanceof Text shown && !shown.getText().equals(labeled.getText())) {
          found.add(
              (labeled.getId() == null ? labeled.getClass().getSimpleName() : labeled.getId())
                  + ": '"
                  + labeled.getText()
                  + "' shown as '"
                  + shown.getText()
                  + "'");
        }
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, found);
      }
    }
  }

  private void scaleTo(FxRobot robot, double scale) {
    robot.interact(
        () -> {
          Themes.applyScale(scene(), scale);
          scene().getRoot().applyCss();
          stage().sizeToScene();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private List<String> truncatedIn(FxRobot robot, Section section) {
    robot.interact(() -> Objects.requireNonNull(model).selectedSectionProperty().set(section));
    WaitForAsyncUtils.waitForFxEvents();
    List<String> found = new ArrayList<>();
    robot.interact(
        () -> {
          scene().getRoot().applyCss();
          scene().getRoot().layout();
          found.addAll(truncated(scene().getRoot()));
        });
    return found;
  }

  @Test
  void atTwiceTheTextSizeNothingIsCutOffInAnySection(FxRobot robot) {
    double before = scene().getRoot().prefWidth(-1);
    scaleTo(robot, 2.0);
    assertThat(scene().getRoot().prefWidth(-1)).as("the text grew").isGreaterThan(before * 1.5);

    for (Section section : Objects.requireNonNull(model).sections()) {
      assertThat(truncatedIn(robot, section)).as(section.name()).isEmpty();
    }
  }

  @Test
  void persianAtOneAndAQuarterTimesAlsoFits(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    scaleTo(robot, 1.25);

    for (Section section : Objects.requireNonNull(model).sections()) {
      assertThat(truncatedIn(robot, section)).as(section.name()).isEmpty();
    }
  }

  @Test
  void theCheckItselfSeesAnEllipsis(FxRobot robot) {
    List<String> found = new ArrayList<>();
    robot.interact(
        () -> {
          Label probe = new Label("A text much longer than forty pixels");
          probe.setId("probe");
          probe.setMaxWidth(40);
          StackPane pane = new StackPane(probe);
          new Scene(pane, 40, 40);
          pane.applyCss();
          pane.layout();
          found.addAll(truncated(pane));
        });

    assertThat(found).singleElement().asString().startsWith("probe: 'A text much longer");
  }
}
