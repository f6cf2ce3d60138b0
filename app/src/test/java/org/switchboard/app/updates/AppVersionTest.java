package org.switchboard.app.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppVersionTest {
  @Test
  void theJarManifestWins() {
    assertThat(AppVersion.of("0.2.0-SNAPSHOT", Map.of("jpackage.app-version", "0.2.0")::get))
        .contains("0.2.0-SNAPSHOT");
  }

  @Test
  void aJpackageLauncherSaysItsVersionWhenTheManifestDoesNot() {
    assertThat(AppVersion.of(null, Map.of("jpackage.app-version", "0.2.0")::get)).contains("0.2.0");
  }

  @Test
  void classesOutsideAJarDoNotKnowTheirVersion() {
    assertThat(AppVersion.of(null, Map.<String, String>of()::get)).isEmpty();
    assertThat(AppVersion.text()).isEqualTo("unknown");
  }
}
