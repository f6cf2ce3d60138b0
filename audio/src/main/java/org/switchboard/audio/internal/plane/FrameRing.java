package org.switchboard.audio.internal.plane;

/**
 * The last few frames a leg received, for the leg bridged to it. Written and read on the
 * media-clock thread only. Holds at most {@link #DEPTH} frames; older ones are dropped so the
 * bridge adds at most 60 ms.
 */
final class FrameRing {
  static final int DEPTH = 3;

  private final short[][] frames;
  private final int sampleRate;
  private int head;
  private int size;

  FrameRing(int sampleRate) {
    this.sampleRate = sampleRate;
    this.frames = new short[DEPTH][sampleRate / 50];
  }

  int sampleRate() {
    return sampleRate;
  }

  void push(short[] frame) {
    if (size == DEPTH) {
      head = (head + 1) % DEPTH;
      size--;
    }
    System.arraycopy(frame, 0, frames[(head + size) % DEPTH], 0, frames[0].length);
    size++;
  }

  /**
   * Fills {@code out} (at {@code outRate}) with the oldest waiting frame, resampled when the rates
   * differ; silence when none waits.
   */
  void pop(short[] out, int outRate) {
    if (size == 0) {
      java.util.Arrays.fill(out, (short) 0);
      return;
    }
    short[] frame = frames[head];
    head = (head + 1) % DEPTH;
    size--;
    if (outRate == sampleRate) {
      System.arraycopy(frame, 0, out, 0, out.length);
      return;
    }
    double step = frame.length / (double) out.length;
    for (int i = 0; i < out.length; i++) {
      double at = i * step;
      int left = (int) at;
      int right = Math.min(left + 1, frame.length - 1);
      out[i] = (short) Math.round(frame[left] + (frame[right] - frame[left]) * (at - left));
    }
  }
}
