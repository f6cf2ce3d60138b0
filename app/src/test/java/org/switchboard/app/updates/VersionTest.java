package org.switchboard.app.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {
  @ParameterizedTest
  @CsvSource({
    "0.10.0, 0.9.1",
    "0.2.0, 0.1.9",
    "1.0.0, 0.99.99",
    "0.2.0, 0.2.0-SNAPSHOT",
    "0.2.0, 0.2.0-rc1",
    "0.2.0-rc2, 0.2.0-rc1",
    "0.2.1-SNAPSHOT, 0.2.0",
    "1.0.1, 1.0",
    "v2.0, 1.9.9"
  })
  void theFirstIsNewer(String newer, String older) {
    assertThat(Version.parse(newer).isNewerThan(Version.parse(older))).isTrue();
    assertThat(Version.parse(older).isNewerThan(Version.parse(newer))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"1.0, 1.0.0", "v0.2.0, 0.2.0", "0.2.0-SNAPSHOT, 0.2.0-snapshot"})
  void theseAreTheSameVersion(String a, String b) {
    assertThat(Version.parse(a).compareTo(Version.parse(b))).isZero();
    assertThat(Version.parse(a).isNewerThan(Version.parse(b))).isFalse();
  }

  @Test
  void itPrintsAsWritten() {
    assertThat(Version.parse("v0.10.2-SNAPSHOT")).hasToString("0.10.2-SNAPSHOT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "latest", "1..2", "1.x", "-1.0", "1.0.0.0.0.0.0"})
  void whatIsNotAVersionNumberIsRefused(String text) {
    assertThatThrownBy(() -> Version.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
