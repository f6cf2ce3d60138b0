package org.switchboard.audio.internal.sink;

import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.impl.neomedia.transform.SinglePacketTransformer;
import org.jitsi.impl.neomedia.transform.TransformEngine;
import org.jitsi.service.neomedia.RawPacket;
import org.jspecify.annotations.Nullable;

/**
 * A libjitsi external transform engine that sees every received RTP packet before libjitsi's jitter
 * buffer and decoder, and hands PCMU payloads, decoded with {@link MuLaw}, to a {@link
 * ReceivedSamples}. Packets pass through unchanged; sent packets are not touched. This records
 * exactly what the peer sent, needs no renderer or sound server, and costs one array per packet.
 *
 * <p>Threads: {@code reverseTransform} runs on libjitsi's RTP receive thread; {@link
 * #setPayloadType} and {@link #setReceiving} on the sip-events thread (volatile fields).
 */
public final class ReceivedAudioTap implements TransformEngine {
  private final ReceivedSamples out;
  private final PacketTransformer rtp = new Rtp();
  private volatile int payloadType;
  private volatile boolean receiving;

  /** Hands PCMU carried on {@code payloadType} to {@code out}; not receiving until told. */
  public ReceivedAudioTap(ReceivedSamples out, int payloadType) {
    this.out = out;
    this.payloadType = payloadType;
  }

  /** The payload type that carries PCMU in this call. */
  public void setPayloadType(int payloadType) {
    this.payloadType = payloadType;
  }

  /** Whether this side's direction receives; while it does not, packets are ignored. */
  public void setReceiving(boolean receiving) {
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

  /** Decodes and hands on {@code packet}'s audio if it is PCMU and this side receives. */
  void onReceived(RawPacket packet) {
    if (!receiving || packet.getPayloadType() != payloadType) {
      return;
    }
    byte[] buffer = packet.getBuffer();
    int offset = packet.getPayloadOffset();
    short[] samples = new short[Math.max(0, packet.getPayloadLength(true))];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = MuLaw.decode(buffer[offset + i]);
    }
    if (samples.length > 0) {
      out.accept(samples, System.nanoTime());
    }
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
