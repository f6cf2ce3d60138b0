package org.switchboard.audio.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.switchboard.testkit.ToneAnalysis;

class ToneFramesTest {
  @Test
  void framesHold20MillisecondsAt8kHz() {
    assertThat(FrameSource.SAMPLES_PER_FRAME * 1000 / FrameSource.SAMPLE_RATE).isEqualTo(20);
  }

  @Test
  void producesTheRequestedFrequencyAcrossFrames() {
    double[] signal = render(new ToneFrames(440), 100);
    ToneAnalysis analysis = ToneAnalysis.of(signal, FrameSource.SAMPLE_RATE);
    assertThat(analysis.dominantHz()).isCloseTo(440, org.assertj.core.data.Offset.offset(2.0));
    assertThat(analysis.rms()).isBetween(0.15, 0.25);
  }

  @Test
  void isPhaseContinuousAtFrameBoundaries() {
    double[] signal = render(new ToneFrames(1000), 3);
    double step = 2 * Math.PI * 1000 / FrameSource.SAMPLE_RATE;
    for (int i = 0; i < signal.length; i++) {
      assertThat(signal[i])
          .isCloseTo(0.3 * Math.sin(i * step), org.assertj.core.data.Offset.offset(1e-3));
    }
  }

  @Test
  void refusesFrequenciesOutsideTheBand() {
    assertThatThrownBy(() -> new ToneFrames(4000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ToneFrames(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loopingFramesWrapAround() {
    LoopingFrames frames = new LoopingFrames(new short[] {1, 2, 3});
    short[] frame = new short[FrameSource.SAMPLES_PER_FRAME];
    frames.nextFrame(frame);
    assertThat(frame[0]).isEqualTo((short) 1);
    assertThat(frame[3]).isEqualTo((short) 1);
    assertThat(frame[159]).isEqualTo((short) 1); // 159 % 3 == 0
    frames.nextFrame(frame);
    assertThat(frame[0]).isEqualTo((short) 2); // 160 % 3 == 1
  }

  static double[] render(FrameSource source, int frames) {
    short[] frame = new short[FrameSource.SAMPLES_PER_FRAME];
    double[] out = new double[frames * frame.length];
    for (int f = 0; f < frames; f++) {
      source.nextFrame(frame);
      for (int i = 0; i < frame.length; i++) {
        out[f * frame.length + i] = frame[i] / 32767.0;
      }
    }
    return out;
  }
}
