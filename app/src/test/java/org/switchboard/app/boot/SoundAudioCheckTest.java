package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SoundAudioCheckTest {
  @Test
  void theTestToneIsHalfScaleSoItsLevelIsAboutOneOverTwoRootTwo() {
    byte[] tone = SoundAudioCheck.tone(440, 0.5);
    assertThat(tone).hasSize(8000);
    assertThat(SoundAudioCheck.rms(tone, tone.length)).isCloseTo(0.5 / Math.sqrt(2), within(0.01));
  }

  @Test
  void silenceAndEmptyReadsMeasureZero() {
    assertThat(SoundAudioCheck.rms(new byte[1600], 1600)).isZero();
    assertThat(SoundAudioCheck.rms(new byte[1600], 0)).isZero();
  }
}
