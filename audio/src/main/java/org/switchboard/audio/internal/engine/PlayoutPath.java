package org.switchboard.audio.internal.engine;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.codec.Codec;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.audio.internal.packet.JitterBuffer;

/**
 * A call's playout half, on {@code switchboard-media-clock}: every tick it takes the next packet
 * from the jitter buffer, decodes it (or conceals a lost one) and writes 20 ms to the output and
 * the recording. Before playout starts and when the buffer runs dry it plays silence.
 */
final class PlayoutPath {
  private final JitterBuffer jitter;
  private final byte[] payload = new byte[JitterBuffer.MAX_PAYLOAD];
  private short[] decoded = new short[0];
  private short[] frame = new short[0];
  private final PcmFifo fifo = new PcmFifo(48_000 / 5);
  private @Nullable FrameOutput output;
  private int rate;
  private long concealed;

  PlayoutPath(JitterBuffer jitter) {
    this.jitter = jitter;
  }

  /** Replaces the output; closes the old one. Clock thread. */
  void useOutput(@Nullable FrameOutput next) {
    FrameOutput old = output;
    if (old != null && old != next) {
      old.close();
    }
    output = next;
  }

  /** One 20 ms step. */
  void tick(Negotiation now, @Nullable CallTap tap) {
    Codec codec = now.codec();
    prepare(codec.sampleRate());
    if (!now.receives()) {
      return;
    }
    int length = jitter.take(payload);
    if (length >= 0) {
      fifo.push(decoded, codec.decode(payload, 0, length, decoded));
    } else if (length == JitterBuffer.LOST) {
      fifo.push(decoded, codec.conceal(decoded));
      concealed++;
    }
    if (!fifo.pop(frame)) {
      Arrays.fill(frame, (short) 0);
    }
    FrameOutput sink = output;
    if (sink != null && sink.sampleRate() == rate) {
      sink.write(frame);
    }
    if (tap != null) {
      tap.received(frame);
    }
  }

  private void prepare(int sampleRate) {
    if (sampleRate != rate) {
      rate = sampleRate;
      frame = new short[sampleRate / 50];
      decoded = new short[sampleRate * 120 / 1000];
      fifo.clear();
    }
  }

  /** Frames concealed so far. */
  long concealed() {
    return concealed;
  }

  /** Closes the output. Clock thread. */
  void close() {
    useOutput(null);
  }
}
