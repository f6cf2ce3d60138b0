package org.switchboard.audio.internal.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MuLawTest {
  @Test
  void decodesReferenceValues() {
    assertThat(MuLaw.decode((byte) 0xFF)).isEqualTo((short) 0);
    assertThat(MuLaw.decode((byte) 0x7F)).isEqualTo((short) 0);
    assertThat(MuLaw.decode((byte) 0x80)).isEqualTo((short) 32124);
    assertThat(MuLaw.decode((byte) 0x00)).isEqualTo((short) -32124);
    assertThat(MuLaw.decode((byte) 0xFE)).isEqualTo((short) 8);
    assertThat(MuLaw.decode((byte) 0x7E)).isEqualTo((short) -8);
  }

  @Test
  void roundTripStaysWithinTheQuantisationStep() {
    for (int s = -32768; s <= 32767; s += 7) {
      short decoded = MuLaw.decode(MuLaw.encode((short) s));
      // mu-law's step grows with magnitude: at most 1/16 of it, plus the smallest step
      double tolerance = Math.abs(s) / 16.0 + 16;
      assertThat((double) decoded)
          .as("sample %d", s)
          .isCloseTo(s, org.assertj.core.data.Offset.offset(tolerance));
    }
  }

  @Test
  void everyCodeDecodesSymmetrically() {
    for (int code = 0; code < 128; code++) {
      assertThat(MuLaw.decode((byte) code)).isEqualTo((short) -MuLaw.decode((byte) (code | 0x80)));
    }
  }
}
