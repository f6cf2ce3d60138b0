package org.switchboard.audio.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.switchboard.audio.internal.Signals;

class FadingRepeatTest {
  @Test
  void repeatsTheLastFrameSofterEachTimeThenFallsSilent() {
    FadingRepeat concealment = new FadingRepeat(160);
    short[] frame = Signals.sine(1000, 8000, 160, 0.5);
    concealment.remember(frame, 160);
    short[] out = new short[160];

    double previous = Signals.rms(frame, 0, 160);
    for (int loss = 0; loss < 4; loss++) {
      concealment.conceal(out);
      double level = Signals.rms(out, 0, 160);
      assertThat(level).as("loss %d", loss).isPositive().isLessThan(previous);
      previous = level;
    }
    concealment.conceal(out);
    assertThat(Signals.rms(out, 0, 160)).isZero();
  }

  @Test
  void aGoodFrameRestartsTheFade() {
    FadingRepeat concealment = new FadingRepeat(160);
    short[] frame = Signals.sine(1000, 8000, 160, 0.5);
    short[] out = new short[160];
    concealment.remember(frame, 160);
    for (int loss = 0; loss < 6; loss++) {
      concealment.conceal(out);
    }

    concealment.remember(frame, 160);
    concealment.conceal(out);

    assertThat(Signals.rms(out, 0, 160)).isCloseTo(0.8 * Signals.rms(frame, 0, 160), offset(50.0));
  }
}
