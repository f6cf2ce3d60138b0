package org.switchboard.audio.internal.pulse;

import java.util.Arrays;
import org.jitsi.impl.neomedia.pulseaudio.PA;
import org.switchboard.audio.internal.routing.DeviceInput;

/**
 * A record stream read 20 ms at a time by the engine's clock thread without blocking: each read
 * takes what the server has delivered into a small ring and returns the oldest frame, or silence
 * when a frame is not complete yet. Latency is capped: beyond 100 ms held, the oldest audio goes.
 *
 * <p>{@link #read} is for one thread (the clock thread); {@link #close} may come from any thread.
 */
final class PulseCapture implements DeviceInput {
  private static final int MAX_HELD_FRAMES = 5;
  private static final int KEPT_FRAMES = 2;

  private final PulseConnection connection;
  private final PulseStream stream;
  private final int sampleRate;
  private final int frameSamples;
  private final SampleRing ring;
  // One server fragment; libpulse delivers fragments of about 20 ms, far below this.
  private final byte[] chunk = new byte[64 * 1024];
  private volatile boolean failed;

  PulseCapture(PulseConnection connection, PulseStream stream, int sampleRate) {
    this.connection = connection;
    this.stream = stream;
    this.sampleRate = sampleRate;
    this.frameSamples = sampleRate / 50;
    this.ring = new SampleRing(frameSamples * 10);
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public void read(short[] frame) {
    if (!poll(frame)) {
      Arrays.fill(frame, (short) 0);
    }
  }

  @Override
  public boolean poll(short[] frame) {
    boolean flowing = connection.locked(this::drainLocked, false);
    if (!flowing) {
      failed = true;
    }
    if (ring.size() > MAX_HELD_FRAMES * frameSamples) {
      ring.trimTo(KEPT_FRAMES * frameSamples);
    }
    return ring.take(frame);
  }

  private boolean drainLocked() {
    if (!stream.usable()) {
      return false;
    }
    long handle = stream.handle();
    while (PA.stream_readable_size(handle) > 0) {
      // peek returns 0 for a hole in the stream as well; drop it all the same
      int length = PA.stream_peek(handle, chunk, 0);
      PA.stream_drop(handle);
      if (length > 0) {
        ring.putLittleEndian(chunk, length);
      }
    }
    return true;
  }

  @Override
  public boolean failed() {
    return failed;
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
