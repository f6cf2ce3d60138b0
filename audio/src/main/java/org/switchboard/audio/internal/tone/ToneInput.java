package org.switchboard.audio.internal.tone;

import java.util.Arrays;
import java.util.List;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.core.media.CallTone;

/**
 * A call tone as 20 ms frames: the tone's sines, switched on and off by its cadence, with 4 ms
 * fades at each edge so the switching does not click. A one-shot tone plays its cadence once and
 * then reports {@link #finished()} (and reads silence), so the player can close it.
 *
 * <p>Called on the {@code switchboard-media-clock} thread only (see {@link FrameInput}); {@link
 * #finished()} may be read from any thread.
 */
public final class ToneInput implements FrameInput {
  /** Each sine's peak, about -15 dBFS: two together stay well clear of clipping. */
  private static final double AMPLITUDE = 0.18 * Short.MAX_VALUE;

  private static final int FADE_MS = 4;

  private final int sampleRate;
  private final boolean repeats;
  private final double[] phaseSteps;
  private final double[] phases;
  private final int[] segmentEnds; // cumulative sample positions where each on/off segment ends
  private final int fadeSamples;
  private int position; // samples into the current cycle
  private volatile boolean finished;

  /** {@code tone} as {@code plan} defines it, at {@code sampleRate} (8000, 16000 or 48000). */
  public ToneInput(CallTone tone, TonePlan plan, int sampleRate) {
    this(plan.spec(tone), sampleRate);
  }

  /** Any tone spec at {@code sampleRate} (8000, 16000 or 48000). */
  public ToneInput(ToneSpec spec, int sampleRate) {
    if (sampleRate != 8000 && sampleRate != 16000 && sampleRate != 48000) {
      throw new IllegalArgumentException("tone rate must be 8000, 16000 or 48000: " + sampleRate);
    }
    this.sampleRate = sampleRate;
    this.repeats = spec.repeats();
    List<Double> hz = spec.frequenciesHz();
    this.phaseSteps = hz.stream().mapToDouble(f -> 2 * Math.PI * f / sampleRate).toArray();
    this.phases = new double[hz.size()];
    this.segmentEnds = new int[spec.cadenceMs().size()];
    int end = 0;
    for (int i = 0; i < segmentEnds.length; i++) {
      end += spec.cadenceMs().get(i) * sampleRate / 1000;
      segmentEnds[i] = end;
    }
    this.fadeSamples = FADE_MS * sampleRate / 1000;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  /** Whether a one-shot tone has played all of its cadence (never true for a repeating one). */
  public boolean finished() {
    return finished;
  }

  @Override
  public void read(short[] frame) {
    int cycle = segmentEnds[segmentEnds.length - 1];
    int segment = 0;
    for (int i = 0; i < frame.length; i++) {
      if (position >= cycle) {
        if (!repeats) {
          finished = true;
          Arrays.fill(frame, i, frame.length, (short) 0);
          return;
        }
        position = 0;
        segment = 0;
      }
      while (position >= segmentEnds[segment]) {
        segment++;
      }
      frame[i] = (short) Math.round(sample(segment));
      position++;
    }
    if (!repeats && position >= cycle) {
      finished = true;
    }
  }

  /** The next sample inside {@code segment}; even segments are "on", odd ones silent. */
  private double sample(int segment) {
    double sum = 0;
    for (int k = 0; k < phases.length; k++) {
      sum += Math.sin(phases[k]);
      phases[k] = (phases[k] + phaseSteps[k]) % (2 * Math.PI);
    }
    if (segment % 2 == 1) {
      return 0;
    }
    int start = segment == 0 ? 0 : segmentEnds[segment - 1];
    int fromStart = position - start + 1;
    int toEnd = segmentEnds[segment] - position;
    double fade = Math.min(1.0, Math.min(fromStart, toEnd) / (double) fadeSamples);
    return AMPLITUDE * fade * sum;
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
