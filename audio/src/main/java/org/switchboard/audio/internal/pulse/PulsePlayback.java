package org.switchboard.audio.internal.pulse;

import org.jitsi.impl.neomedia.pulseaudio.PA;
import org.switchboard.audio.internal.routing.DeviceOutput;

/**
 * A playback stream written 20 ms at a time by the engine's clock thread without blocking: a frame
 * the server has no room for (the device runs behind) is dropped and counted, never waited for.
 *
 * <p>{@link #write} is for one thread (the clock thread); {@link #close} may come from any thread.
 */
final class PulsePlayback implements DeviceOutput {
  private final PulseConnection connection;
  private final PulseStream stream;
  private final int sampleRate;
  private final byte[] bytes;
  private volatile boolean failed;
  private long dropped;

  PulsePlayback(PulseConnection connection, PulseStream stream, int sampleRate) {
    this.connection = connection;
    this.stream = stream;
    this.sampleRate = sampleRate;
    this.bytes = new byte[sampleRate / 50 * 2];
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public void write(short[] frame) {
    if (!offer(frame)) {
      dropped++;
    }
  }

  @Override
  public boolean offer(short[] frame) {
    int length = Math.min(bytes.length, frame.length * 2);
    for (int i = 0; i < length / 2; i++) {
      bytes[2 * i] = (byte) frame[i];
      bytes[2 * i + 1] = (byte) (frame[i] >> 8);
    }
    int outcome = connection.locked(() -> writeLocked(length), -1);
    if (outcome < 0) {
      failed = true;
    }
    return outcome != 0;
  }

  /** 1 written, 0 dropped (no room), -1 the stream is gone. */
  private int writeLocked(int length) {
    if (!stream.usable()) {
      return -1;
    }
    long handle = stream.handle();
    int room = PA.stream_writable_size(handle);
    if (room < length) {
      return 0;
    }
    PA.stream_write(handle, bytes, 0, length, null, 0, PA.SEEK_RELATIVE);
    return 1;
  }

  @Override
  public boolean failed() {
    return failed;
  }

  /** Frames dropped because the device was behind; for the clock thread's own statistics. */
  long dropped() {
    return dropped;
  }

  /** The device the server put this stream on. */
  String device() {
    return stream.device();
  }

  @Override
  public void close() {
    stream.close();
  }
}
