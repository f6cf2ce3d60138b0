package org.switchboard.audio.internal;

import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.impl.neomedia.transform.SinglePacketTransformer;
import org.jitsi.impl.neomedia.transform.TransformEngine;
import org.jitsi.service.neomedia.RawPacket;
import org.jspecify.annotations.Nullable;

/**
 * A libjitsi external transform engine that sees every received RTP packet before libjitsi decodes
 * it, and writes PCMU payloads (decoded with {@link MuLaw}) to a {@link WavRecorder}. Packets pass
 * through unchanged; sent packets are not touched.
 *
 * <p>Threads: {@code reverseTransform} runs on libjitsi's RTP receive thread; {@link
 * #setPayloadType} and {@link #setReceiving} on the sip-events thread (volatile fields).
 */
final class ReceivedAudioTap implements TransformEngine {
  private final @Nullable WavRecorder recorder;
  private final short[] samples = new short[1024];
  private volatile int payloadType;
  private volatile boolean receiving;
  private final PacketTransformer rtp = new Rtp();

  /** Records into {@code recorder}, or only counts when it is null. */
  ReceivedAudioTap(@Nullable WavRecorder recorder, int payloadType) {
    this.recorder = recorder;
    this.payloadType = payloadType;
  }

  /** The payload type that carries PCMU in this call. */
  void setPayloadType(int payloadType) {
    this.payloadType = payloadType;
  }

  /** Whether this side's direction receives; while it does not, packets are not recorded. */
  void setReceiving(boolean receiving) {
    this.receiving = receiving;
  }

  @Override
  public PacketTransformer getRTPTransformer() {
    return rtp;
  }

  @Override
  @SuppressWarnings("NullAway") // libjitsi's contract: null means "no RTCP transformer"
  public @Nullable PacketTransformer getRTCPTransformer() {
    return null;
  }

  private void onReceived(RawPacket packet) {
    WavRecorder out = recorder;
    if (out == null || !receiving || packet.getPayloadType() != payloadType) {
      return;
    }
    byte[] buffer = packet.getBuffer();
    int offset = packet.getPayloadOffset();
    int length = Math.min(packet.getPayloadLength(), samples.length);
    for (int i = 0; i < length; i++) {
      samples[i] = MuLaw.decode(buffer[offset + i]);
    }
    out.write(samples, length, System.nanoTime());
  }

  /** Passes packets through; taps the received ones. */
  private final class Rtp extends SinglePacketTransformer {
    @Override
    public RawPacket transform(RawPacket packet) {
      return packet;
    }

    @Override
    public RawPacket reverseTransform(RawPacket packet) {
      onReceived(packet);
      return packet;
    }
  }
}
