package org.switchboard.audio.internal.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.audio.internal.Signals;
import org.switchboard.core.media.CallTone;

class ToneInputTest {
  @ParameterizedTest(name = "{0} {1} at {2} Hz")
  @CsvSource({
    "CEPT, RINGBACK, 8000, 425",
    "CEPT, BUSY, 16000, 425",
    "CEPT, ERROR, 48000, 425",
    "CEPT, CALL_WAITING, 8000, 425",
    "NORTH_AMERICAN, CALL_WAITING, 16000, 440",
    "CEPT, ZIP, 48000, 880",
  })
  void aSingleFrequencyToneSoundsAtItsFrequency(TonePlan plan, CallTone tone, int rate, double hz) {
    short[] first = play(new ToneInput(tone, plan, rate), 5);

    assertThat(Signals.dominantHz(first, 0, rate / 20, rate)).isCloseTo(hz, offset(5.0));
  }

  @ParameterizedTest(name = "{0} {1} at {2} Hz")
  @CsvSource({
    "NORTH_AMERICAN, RINGBACK, 8000, 440, 480",
    "NORTH_AMERICAN, BUSY, 48000, 480, 620",
    "NORTH_AMERICAN, ERROR, 16000, 480, 620",
    "CEPT, RINGTONE, 16000, 523.25, 659.25",
    "NORTH_AMERICAN, RINGTONE, 8000, 523.25, 659.25",
  })
  void aDualToneCarriesBothFrequenciesAndLittleElse(
      TonePlan plan, CallTone tone, int rate, double low, double high) {
    short[] signal = play(new ToneInput(tone, plan, rate), 10);
    int n = rate / 5;

    double lowPower = Signals.power(signal, 0, n, low, rate);
    double highPower = Signals.power(signal, 0, n, high, rate);
    double elsewhere = Signals.power(signal, 0, n, (low + high) / 2 + 200, rate);
    assertThat(lowPower).isCloseTo(highPower, offset(lowPower * 0.2));
    assertThat(elsewhere).isLessThan(lowPower / 1000);
  }

  static Stream<Arguments> everyToneEveryRate() {
    return Arrays.stream(TonePlan.values())
        .flatMap(
            plan ->
                Arrays.stream(CallTone.values())
                    .flatMap(
                        tone ->
                            IntStream.of(8000, 16000, 48000)
                                .mapToObj(rate -> Arguments.of(plan, tone, rate))));
  }

  @ParameterizedTest(name = "{0} {1} at {2} Hz")
  @MethodSource("everyToneEveryRate")
  void everyToneSoundsAtOneOfItsFrequenciesSmoothlyAndWithoutClipping(
      TonePlan plan, CallTone tone, int rate) {
    ToneSpec spec = plan.spec(tone);
    short[] first = play(new ToneInput(tone, plan, rate), 3); // all tones start with 60 ms on

    double dominant = Signals.dominantHz(first, 0, first.length, rate);
    assertThat(spec.frequenciesHz())
        .anySatisfy(hz -> assertThat(dominant).isCloseTo(hz, offset(15.0)));
    double highest = spec.frequenciesHz().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    // A phase-continuous sine (or two) never jumps more than its steepest slope allows.
    double maxStep =
        spec.frequenciesHz().size() * 0.18 * Short.MAX_VALUE * 2 * Math.PI * highest / rate;
    for (int i = 1; i < first.length; i++) {
      assertThat(Math.abs(first[i] - first[i - 1]))
          .as("step at %d", i)
          .isLessThanOrEqualTo((int) maxStep + 2);
      assertThat(Math.abs(first[i])).isLessThan(Short.MAX_VALUE / 2);
    }
  }

  @Test
  void ceptBusyIsHalfASecondOnHalfASecondOff() {
    short[] signal = play(new ToneInput(CallTone.BUSY, TonePlan.CEPT, 8000), 100);

    assertThat(frameRuns(signal, 8000)).containsExactly(25, -25, 25, -25);
  }

  @Test
  void ceptRingbackIsOneSecondOnFourOff() {
    short[] signal = play(new ToneInput(CallTone.RINGBACK, TonePlan.CEPT, 16000), 500);

    assertThat(frameRuns(signal, 16000)).containsExactly(50, -200, 50, -200);
  }

  @Test
  void northAmericanRingbackIsTwoSecondsOnFourOff() {
    short[] signal = play(new ToneInput(CallTone.RINGBACK, TonePlan.NORTH_AMERICAN, 8000), 600);

    assertThat(frameRuns(signal, 8000)).containsExactly(100, -200, 100, -200);
  }

  @Test
  void ringtoneIsTwoSecondsOnFourOffInEveryPlan() {
    for (TonePlan plan : TonePlan.values()) {
      short[] signal = play(new ToneInput(CallTone.RINGTONE, plan, 48000), 450);

      assertThat(frameRuns(signal, 48000)).as("%s", plan).containsExactly(100, -200, 100, -50);
    }
  }

  @Test
  void congestionIsFasterThanBusyInBothPlans() {
    short[] cept = play(new ToneInput(CallTone.ERROR, TonePlan.CEPT, 8000), 40);
    short[] american = play(new ToneInput(CallTone.ERROR, TonePlan.NORTH_AMERICAN, 8000), 50);

    assertThat(frameRuns(cept, 8000)).containsExactly(10, -10, 10, -10);
    assertThat(frameRuns(american, 8000)).startsWith(13, -12, 13);
  }

  @Test
  void callWaitingBeepsTwiceThenFinishes() {
    ToneInput beep = new ToneInput(CallTone.CALL_WAITING, TonePlan.CEPT, 8000);
    short[] signal = play(beep, 29);
    assertThat(beep.finished()).isFalse();

    short[] rest = play(beep, 20);

    assertThat(frameRuns(signal, 8000)).containsExactly(10, -10, 9);
    assertThat(frameRuns(rest, 8000)).containsExactly(1, -19);
    assertThat(beep.finished()).isTrue();
  }

  @Test
  void zipIsTwoSixtyMillisecondBeepsThirtyApartAndFinishesAfterOneHundredFifty() {
    ToneInput zip = new ToneInput(CallTone.ZIP, TonePlan.CEPT, 8000);
    short[] signal = play(zip, 10);

    assertThat(runs(signal, 80)).containsExactly(6, -3, 6, -5);
    assertThat(zip.finished()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"RINGTONE", "RINGBACK", "BUSY", "ERROR"})
  void aRepeatingToneNeverFinishes(CallTone tone) {
    ToneInput input = new ToneInput(tone, TonePlan.NORTH_AMERICAN, 8000);

    play(input, 1000);

    assertThat(input.finished()).isFalse();
  }

  @Test
  void refusesARateTheEngineDoesNotUse() {
    assertThatThrownBy(() -> new ToneInput(CallTone.BUSY, TonePlan.CEPT, 44100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("44100");
  }

  private static short[] play(ToneInput input, int frames) {
    int frame = input.sampleRate() / 50;
    short[] out = new short[frames * frame];
    short[] buffer = new short[frame];
    for (int f = 0; f < frames; f++) {
      input.read(buffer);
      System.arraycopy(buffer, 0, out, f * frame, frame);
    }
    return out;
  }

  private static List<Integer> frameRuns(short[] signal, int rate) {
    return runs(signal, rate / 50);
  }

  /** Lengths of loud (+n) and silent (-n) runs of blocks; a block is loud if its RMS tops 1000. */
  private static List<Integer> runs(short[] signal, int block) {
    List<Integer> runs = new ArrayList<>();
    for (int at = 0; at + block <= signal.length; at += block) {
      double rms = Signals.rms(signal, at, block);
      assertThat(rms).as("block at %d is neither on nor off", at).matches(r -> r > 1000 || r < 1);
      int sign = rms > 1000 ? 1 : -1;
      int last = runs.size() - 1;
      if (last >= 0 && Integer.signum(runs.get(last)) == sign) {
        runs.set(last, runs.get(last) + sign);
      } else {
        runs.add(sign);
      }
    }
    return runs;
  }
}
