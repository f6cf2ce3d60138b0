package org.switchboard.audio.internal.sink;

/**
 * Where decoded received audio goes.
 *
 * <p>Called on libjitsi's RTP receive thread: must return at once and never block on I/O.
 */
@FunctionalInterface
public interface ReceivedSamples {
  /**
   * Takes {@code samples} (8 kHz mono, signed 16-bit; the array is the callee's to keep) that
   * arrived at {@code arrivalNanos} ({@link System#nanoTime()}).
   */
  void accept(short[] samples, long arrivalNanos);
}
