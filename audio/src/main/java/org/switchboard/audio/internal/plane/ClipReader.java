package org.switchboard.audio.internal.plane;

import java.util.List;
import org.switchboard.audio.internal.wav.Clip;

/**
 * Plays clips one after another at a call's rate, resampling by linear interpolation, once or in a
 * loop. Media-clock thread only; no I/O and no allocation per frame.
 */
final class ClipReader {
  private final List<Clip> clips;
  private final int sampleRate;
  private final boolean loop;
  private int index;
  private double position;

  ClipReader(List<Clip> clips, int sampleRate, boolean loop) {
    if (clips.isEmpty()) {
      throw new IllegalArgumentException("nothing to play");
    }
    this.clips = List.copyOf(clips);
    this.sampleRate = sampleRate;
    this.loop = loop;
  }

  /** Fills {@code frame}; past the end of a one-time play, with silence. */
  void read(short[] frame) {
    for (int i = 0; i < frame.length; i++) {
      frame[i] = finished() ? 0 : next();
    }
  }

  /** Whether a one-time play has played everything. */
  boolean finished() {
    return index >= clips.size();
  }

  private short next() {
    Clip clip = clips.get(index);
    int left = (int) position;
    double fraction = position - left;
    short a = clip.sample(left);
    short b = clip.sample(left + 1);
    short value = (short) Math.round(a + (b - a) * fraction);
    position += clip.sampleRate() / (double) sampleRate;
    if (position >= clip.length()) {
      position = 0;
      index++;
      if (loop && index == clips.size()) {
        index = 0;
      }
    }
    return value;
  }
}
