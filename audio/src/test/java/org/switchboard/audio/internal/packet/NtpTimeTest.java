package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NtpTimeTest {
  @Test
  void javaEpochIsNtpSecond2208988800() {
    assertThat(NtpTime.fromEpochMillis(0)).isEqualTo(2_208_988_800L << 32);
  }

  @Test
  void halfASecondIsHalfTheFraction() {
    assertThat(NtpTime.fromEpochMillis(1500)).isEqualTo((2_208_988_801L << 32) | 0x8000_0000L);
  }

  @Test
  void middle32IsSecondsAndFractionIn16Bits() {
    assertThat(NtpTime.middle32(0x1234_5678_9ABC_DEF0L)).isEqualTo(0x5678_9ABCL);
  }

  @Test
  void shortUnitsAre1Over65536Seconds() {
    assertThat(NtpTime.fromShortUnits(65_536)).isEqualTo(Duration.ofSeconds(1));
    assertThat(NtpTime.fromShortUnits(1)).isEqualTo(Duration.ofNanos(15_258));
    assertThat(NtpTime.toShortUnits(1_000_000_000L)).isEqualTo(65_536);
    assertThat(NtpTime.toShortUnits(-5)).isZero();
  }
}
