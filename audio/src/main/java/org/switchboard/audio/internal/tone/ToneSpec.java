package org.switchboard.audio.internal.tone;

import java.util.List;

/**
 * What a tone sounds like: the sines it mixes and its cadence.
 *
 * @param frequenciesHz one or two frequencies, played together
 * @param cadenceMs alternating on and off durations in milliseconds, starting with "on"
 * @param repeats whether the cadence starts over (false: the tone ends after one cadence)
 */
public record ToneSpec(List<Double> frequenciesHz, List<Integer> cadenceMs, boolean repeats) {
  public ToneSpec {
    frequenciesHz = List.copyOf(frequenciesHz);
    cadenceMs = List.copyOf(cadenceMs);
    if (frequenciesHz.isEmpty() || cadenceMs.isEmpty()) {
      throw new IllegalArgumentException("a tone needs a frequency and a cadence");
    }
    if (cadenceMs.stream().anyMatch(ms -> ms <= 0)) {
      throw new IllegalArgumentException("cadence durations must be positive: " + cadenceMs);
    }
  }

  /** A tone of {@code hz} alone. */
  static ToneSpec single(double hz, boolean repeats, Integer... cadenceMs) {
    return new ToneSpec(List.of(hz), List.of(cadenceMs), repeats);
  }

  /** A tone of {@code lowHz} and {@code highHz} together. */
  static ToneSpec dual(double lowHz, double highHz, boolean repeats, Integer... cadenceMs) {
    return new ToneSpec(List.of(lowHz, highHz), List.of(cadenceMs), repeats);
  }

  /** The length of one cadence in milliseconds. */
  public int cycleMs() {
    return cadenceMs.stream().mapToInt(Integer::intValue).sum();
  }
}
