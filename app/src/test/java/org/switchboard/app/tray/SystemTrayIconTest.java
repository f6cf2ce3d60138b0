package org.switchboard.app.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.agent.FakeAgentSession.T0;
import static org.switchboard.app.agent.FakeAgentSession.snapshot;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;

/** The tray icon where there is no tray (tests run with java.awt.headless=true), and its images. */
class SystemTrayIconTest {
  @Test
  void withoutATrayInstallDoesNothingAndSaysSo() {
    assertThat(GraphicsEnvironment.isHeadless()).as("surefire runs AWT headless").isTrue();
    AtomicInteger actions = new AtomicInteger();
    TrayPresence vm =
        new TrayPresence(
            new SimpleObjectProperty<>(
                snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of())),
            p -> actions.incrementAndGet(),
            new Localizer(Language.ENGLISH));
    SystemTrayIcon icon =
        new SystemTrayIcon(
            vm,
            new Localizer(Language.ENGLISH),
            Runnable::run,
            actions::incrementAndGet,
            actions::incrementAndGet);

    assertThat(SystemTrayIcon.supported()).isFalse();
    assertThat(icon.install()).isFalse();
    assertThat(icon.isInstalled()).isFalse();
    icon.close();
    assertThat(actions).hasValue(0);
  }

  @ParameterizedTest
  @EnumSource(TrayIconState.class)
  void eachStateIsACircleOfItsOwnColourOnATransparentSquare(TrayIconState state) {
    BufferedImage image = TrayIconImages.circle(state, 32);

    assertThat(image.getWidth()).isEqualTo(32);
    assertThat(new Color(image.getRGB(16, 16), true)).isEqualTo(TrayIconImages.colour(state));
    assertThat(new Color(image.getRGB(0, 0), true).getAlpha()).isZero();
    assertThat(new Color(image.getRGB(31, 31), true).getAlpha()).isZero();
  }

  @Test
  void theStatesLookDifferent() {
    assertThat(
            java.util.Arrays.stream(TrayIconState.values())
                .map(TrayIconImages::colour)
                .distinct()
                .count())
        .isEqualTo(TrayIconState.values().length);
  }
}
