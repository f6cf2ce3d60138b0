package org.switchboard.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.core.Subscription;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThemesTest {
  private @Nullable Label shown;

  @Start
  void start(Stage stage) {
    shown = new Label("Ready");
    stage.setScene(new Scene(new StackPane(shown)));
    stage.show();
  }

  private Label label() {
    return Objects.requireNonNull(shown);
  }

  private Scene scene() {
    return Objects.requireNonNull(label().getScene());
  }

  private double fontSize(FxRobot robot) {
    robot.interact(() -> scene().getRoot().applyCss());
    Font font = label().getFont();
    return font.getSize();
  }

  @Test
  void theScaleSetsTheRootFontSizeAndReplacesTheLastOne(FxRobot robot) {
    robot.interact(() -> Themes.apply(Theme.LIGHT));
    double normal = fontSize(robot);

    robot.interact(() -> Themes.applyScale(scene(), 1.5));
    assertThat(fontSize(robot)).isEqualTo(21.0);
    robot.interact(() -> Themes.applyScale(scene(), 2.0));
    assertThat(fontSize(robot)).isEqualTo(28.0);
    assertThat(scene().getStylesheets()).hasSize(1);

    robot.interact(() -> Themes.applyScale(scene(), 5));
    assertThat(fontSize(robot)).as("clamped to 200%").isEqualTo(28.0);
    robot.interact(() -> Themes.applyScale(scene(), 1.0));
    assertThat(scene().getStylesheets()).isEmpty();
    assertThat(fontSize(robot)).isEqualTo(normal);
  }

  @Test
  void followAppliesNowAndOnEveryChangeUntilClosed(FxRobot robot) {
    SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.DARK);
    SimpleObjectProperty<Integer> scale = new SimpleObjectProperty<>(125);
    Subscription[] following = new Subscription[1];

    robot.interact(() -> following[0] = Themes.follow(scene(), theme, scale));
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerDark().getUserAgentStylesheet());
    assertThat(fontSize(robot)).isEqualTo(17.5);

    robot.interact(() -> theme.set(Theme.LIGHT));
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerLight().getUserAgentStylesheet());

    robot.interact(() -> following[0].close());
    robot.interact(() -> theme.set(Theme.DARK));
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerLight().getUserAgentStylesheet());
  }
}
