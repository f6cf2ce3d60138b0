package org.switchboard.audio.internal.engine;

import java.security.SecureRandom;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.packet.RtpHeader;
import org.switchboard.audio.internal.packet.SendStatistics;
import org.switchboard.audio.internal.packet.TelephoneEventSender;
import org.switchboard.audio.internal.srtp.PacketTransform;

/**
 * A call's sending half, on {@code switchboard-media-clock}: every tick it reads 20 ms from the
 * input, encodes it and sends one RTP packet, or, while DTMF is queued, the telephone-event packet
 * instead. The RTP timestamp advances every tick, also while nothing is sent (on hold, or before
 * the input is there), as RFC 3550 asks for a continuous clock.
 *
 * <p>While the call does not send (hold) or the microphone is muted the input is closed: capture
 * stops. Muted, the call still sends encoded silence, so the peer sees no change but quiet.
 */
final class SendPath {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final long ssrc = RANDOM.nextInt() & 0xFFFF_FFFFL;
  private final Sender sender;
  private final SendStatistics statistics = new SendStatistics();
  private final byte[] packet =
      new byte[RtpHeader.FIXED_LENGTH + 1500 + PacketTransform.MAX_OVERHEAD];
  private int sequence = RANDOM.nextInt(0x10000);
  private long timestamp = RANDOM.nextInt() & 0xFFFF_FFFFL;
  private final byte[] encoded = new byte[1500];
  private short[] frame = new short[0];
  private @Nullable FrameInput input;
  private @Nullable TelephoneEventSender events;
  private boolean first = true;

  SendPath(Sender sender) {
    this.sender = sender;
  }

  long ssrc() {
    return ssrc;
  }

  SendStatistics statistics() {
    return statistics;
  }

  /** The RTP timestamp of the next packet. */
  long timestamp() {
    return timestamp;
  }

  /** Replaces the input (null: capture stopped); closes the old one. Clock thread. */
  void useInput(@Nullable FrameInput next) {
    FrameInput old = input;
    if (old != null && old != next) {
      old.close();
    }
    input = next;
  }

  /** Uses {@code sender} for DTMF from now on (null: none negotiated). Clock thread. */
  void useEvents(@Nullable TelephoneEventSender next) {
    events = next;
  }

  /** One 20 ms step. */
  void tick(Negotiation now, PeerLatch latch, @Nullable CallTap tap) {
    int step = now.codec().timestampStep();
    if (!now.sends()) {
      timestamp = (timestamp + step) & 0xFFFF_FFFFL;
      return;
    }
    TelephoneEventSender dtmf = events;
    if (dtmf != null && dtmf.busy() && sendEvent(now, latch, dtmf)) {
      timestamp = (timestamp + step) & 0xFFFF_FFFFL;
      return;
    }
    int samples = now.codec().sampleRate() / 50;
    if (frame.length != samples) {
      frame = new short[samples];
    }
    FrameInput source = input;
    if (source != null && source.sampleRate() == now.codec().sampleRate()) {
      source.read(frame);
    } else {
      Arrays.fill(frame, (short) 0);
    }
    if (tap != null) {
      tap.sent(frame);
    }
    int header = RtpHeader.write(packet, 0, now.payloadType(), first, sequence, timestamp, ssrc);
    int payload = now.codec().encode(frame, encoded);
    System.arraycopy(encoded, 0, packet, header, payload);
    send(now, latch, header + payload, payload);
    first = false;
    timestamp = (timestamp + step) & 0xFFFF_FFFFL;
  }

  private boolean sendEvent(Negotiation now, PeerLatch latch, TelephoneEventSender dtmf) {
    int length = dtmf.tick(timestamp, packet, RtpHeader.FIXED_LENGTH);
    if (length == 0) {
      return false;
    }
    RtpHeader.write(
        packet, 0, now.eventPayloadType(), dtmf.marker(), sequence, dtmf.timestamp(), ssrc);
    send(now, latch, RtpHeader.FIXED_LENGTH + length, length);
    return true;
  }

  private void send(Negotiation now, PeerLatch latch, int length, int payload) {
    PacketTransform keys = now.transform();
    int wire = keys == null ? -1 : keys.protectRtp(packet, length);
    if (wire > 0) {
      sender.send(packet, wire, latch.target(now.remoteRtp()));
    }
    statistics.onSent(payload);
    sequence = (sequence + 1) & 0xFFFF;
  }

  /** Closes the input. Clock thread. */
  void close() {
    useInput(null);
  }
}
