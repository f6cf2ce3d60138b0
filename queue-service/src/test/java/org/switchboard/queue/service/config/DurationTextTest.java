package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void readsUnitsCombinationsAndIso8601() {
    assertThat(DurationText.parse("20s")).isEqualTo(Duration.ofSeconds(20));
    assertThat(DurationText.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationText.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(DurationText.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationText.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationText.parse("0s")).isZero();
  }

  @Test
  void refusesBareNumbersAndUnknownUnits() {
    assertThat(DurationText.parse("20")).isNull();
    assertThat(DurationText.parse("2x")).isNull();
    assertThat(DurationText.parse("s")).isNull();
    assertThat(DurationText.parse("-5s")).isNull();
    assertThat(DurationText.parse("P2X")).isNull();
    assertThat(DurationText.parse("99999999999999999999s")).isNull();
  }

  @Test
  void formatsWhatItReads() {
    assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
    assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(DurationText.parse(DurationText.format(Duration.ofMinutes(75))))
        .isEqualTo(Duration.ofMinutes(75));
  }
}
