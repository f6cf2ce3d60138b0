package org.switchboard.audio.internal.pulse;

/**
 * A bounded FIFO of 16-bit samples between the server's record fragments and the clock thread's 20
 * ms reads. When full, the oldest samples go: latency never grows past the capacity.
 *
 * <p>Not thread-safe: used inside the connection's lock or by one thread.
 */
final class SampleRing {
  private final short[] samples;
  private int start;
  private int size;

  SampleRing(int capacity) {
    samples = new short[capacity];
  }

  /** Appends {@code length} bytes of little-endian 16-bit samples from {@code bytes}. */
  void putLittleEndian(byte[] bytes, int length) {
    for (int i = 0; i + 1 < length; i += 2) {
      if (size == samples.length) {
        drop(1);
      }
      samples[(start + size) % samples.length] = (short) ((bytes[i] & 0xff) | (bytes[i + 1] << 8));
      size++;
    }
  }

  /**
   * Moves the oldest {@code frame.length} samples into {@code frame}; false when fewer are held.
   */
  boolean take(short[] frame) {
    if (size < frame.length) {
      return false;
    }
    for (int i = 0; i < frame.length; i++) {
      frame[i] = samples[(start + i) % samples.length];
    }
    drop(frame.length);
    return true;
  }

  /** Drops the oldest samples beyond the newest {@code keep}. */
  void trimTo(int keep) {
    if (size > keep) {
      drop(size - keep);
    }
  }

  int size() {
    return size;
  }

  private void drop(int count) {
    start = (start + count) % samples.length;
    size -= count;
  }
}
