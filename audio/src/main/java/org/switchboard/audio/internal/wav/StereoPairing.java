package org.switchboard.audio.internal.wav;

import java.io.IOException;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the sent and received frames of a call into stereo (left sent, right received) in the order
 * they came. When one side stops (hold stops sending; a dead peer stops receiving), the other is
 * paired with silence once it is more than {@value #MAX_AHEAD} frames ahead, so the recording keeps
 * going and stays within 200 ms of the call's timeline. Not thread-safe: the writer thread's.
 */
final class StereoPairing {
  static final int MAX_AHEAD = 10;

  private final ArrayDeque<short[]> sent = new ArrayDeque<>();
  private final ArrayDeque<short[]> received = new ArrayDeque<>();
  private final WavWriter out;

  StereoPairing(WavWriter out) {
    this.out = out;
  }

  /** Takes one frame of one direction and writes whatever can be paired. */
  void add(boolean isSent, short[] frame) throws IOException {
    (isSent ? sent : received).add(frame);
    while (!sent.isEmpty() && !received.isEmpty()) {
      write(sent.poll(), received.poll());
    }
    while (sent.size() > MAX_AHEAD) {
      write(sent.poll(), null);
    }
    while (received.size() > MAX_AHEAD) {
      write(null, received.poll());
    }
  }

  /** Writes what is left, the missing side as silence. */
  void drain() throws IOException {
    while (!sent.isEmpty() || !received.isEmpty()) {
      write(sent.poll(), received.poll());
    }
  }

  private void write(short @Nullable [] left, short @Nullable [] right) throws IOException {
    int n = Math.max(left == null ? 0 : left.length, right == null ? 0 : right.length);
    for (int i = 0; i < n; i++) {
      out.put(left != null && i < left.length ? left[i] : 0);
      out.put(right != null && i < right.length ? right[i] : 0);
    }
  }
}
