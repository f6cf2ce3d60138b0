package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLocationTest {
  @Test
  void theSystemPropertyWins() {
    Path dir =
        SettingsLocation.directory(
            Map.of("XDG_CONFIG_HOME", "/xdg"),
            name -> name.equals(SettingsLocation.PROPERTY) ? "/override" : "/home/u");
    assertThat(dir).isEqualTo(Path.of("/override"));
  }

  @Test
  void thenXdgConfigHome() {
    Path dir =
        SettingsLocation.directory(
            Map.of("XDG_CONFIG_HOME", "/xdg"), name -> name.equals("user.home") ? "/home/u" : null);
    assertThat(dir).isEqualTo(Path.of("/xdg/switchboard"));
  }

  @Test
  void thenTheHomeDirectory() {
    Path dir =
        SettingsLocation.directory(Map.of(), name -> name.equals("user.home") ? "/home/u" : null);
    assertThat(dir).isEqualTo(Path.of("/home/u/.config/switchboard"));
  }
}
