package org.switchboard.audio.internal.engine;

/**
 * A small sample FIFO between the decoder and the 20 ms playout, for peers whose packets do not
 * hold exactly 20 ms (ptime 10 or 30, Opus frames of other sizes). Drops the oldest samples when
 * more than {@code capacity} wait, so latency cannot grow. Clock thread only.
 */
final class PcmFifo {
  private final short[] ring;
  private int head;
  private int size;

  PcmFifo(int capacity) {
    ring = new short[capacity];
  }

  void push(short[] samples, int count) {
    for (int i = 0; i < count; i++) {
      if (size == ring.length) {
        head = (head + 1) % ring.length;
        size--;
      }
      ring[(head + size) % ring.length] = samples[i];
      size++;
    }
  }

  /** Fills {@code frame} from the FIFO; returns false (and leaves it) when too little waits. */
  boolean pop(short[] frame) {
    if (size < frame.length) {
      return false;
    }
    for (int i = 0; i < frame.length; i++) {
      frame[i] = ring[head];
      head = (head + 1) % ring.length;
    }
    size -= frame.length;
    return true;
  }

  int size() {
    return size;
  }

  void clear() {
    head = 0;
    size = 0;
  }
}
