package org.switchboard.audio.internal.engine;

import java.net.InetSocketAddress;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.packet.JitterBuffer;
import org.switchboard.audio.internal.packet.PacketKind;
import org.switchboard.audio.internal.packet.ReceptionStatistics;
import org.switchboard.audio.internal.packet.RtpDemux;
import org.switchboard.audio.internal.packet.RtpHeader;
import org.switchboard.audio.internal.packet.TelephoneEventReceiver;
import org.switchboard.audio.internal.srtp.PacketTransform;

/**
 * A call's receiving half, on {@code switchboard-rtp-receive}: takes the peer's datagrams on the
 * RTP port (RTCP multiplexed there goes to {@code rtcp}, DTLS to {@code dtls}), unprotects them,
 * and passes audio to the statistics and the jitter buffer and telephone events to the DTMF
 * listeners. Anything else (strangers, unknown payload types, bad packets) is dropped and never
 * throws.
 */
final class ReceivePath implements ReceiveLoop.Receiver {
  /** Handles a datagram the demultiplexer sent elsewhere. */
  interface Datagrams {
    void accept(byte[] data, int length, InetSocketAddress from);
  }

  private final Supplier<@Nullable Negotiation> negotiation;
  private final PeerLatch latch;
  private final JitterBuffer jitter;
  private final Consumer<Character> digits;
  private final Datagrams rtcp;
  private final Datagrams dtls;
  private final RtpHeader header = new RtpHeader();
  private final TelephoneEventReceiver events = new TelephoneEventReceiver();
  private volatile ReceptionStatistics statistics;
  private long lastSsrc = -1;
  private volatile long dropped;

  ReceivePath(
      Supplier<@Nullable Negotiation> negotiation,
      PeerLatch latch,
      JitterBuffer jitter,
      Consumer<Character> digits,
      Datagrams rtcp,
      Datagrams dtls) {
    this.negotiation = negotiation;
    this.latch = latch;
    this.jitter = jitter;
    this.digits = digits;
    this.rtcp = rtcp;
    this.dtls = dtls;
    this.statistics = new ReceptionStatistics(8000);
  }

  /** Starts counting afresh at {@code clockRate} (a new codec). Any thread. */
  void restartStatistics(int clockRate) {
    statistics = new ReceptionStatistics(clockRate);
  }

  ReceptionStatistics statistics() {
    return statistics;
  }

  @Override
  public void onDatagram(byte[] data, int length, InetSocketAddress from) {
    Negotiation now = negotiation.get();
    if (now == null || !latch.accept(from)) {
      return;
    }
    PacketKind kind = RtpDemux.kind(data, length);
    if (kind == PacketKind.RTCP) {
      rtcp.accept(data, length, from);
    } else if (kind == PacketKind.DTLS) {
      latch.confirm(from, -1);
      dtls.accept(data, length, from);
    } else if (kind == PacketKind.RTP) {
      onRtp(now, data, length, from);
    } else {
      dropped++;
    }
  }

  private void onRtp(Negotiation now, byte[] data, int length, InetSocketAddress from) {
    PacketTransform keys = now.transform();
    int plain = keys == null ? -1 : keys.unprotectRtp(data, length);
    if (plain < 0 || !header.parse(data, 0, plain)) {
      dropped++;
      return;
    }
    if (header.ssrc() != lastSsrc) {
      lastSsrc = header.ssrc();
      events.reset();
    }
    int type = header.payloadType();
    if (type == now.eventPayloadType() || type == now.payloadType()) {
      latch.confirm(from, header.sequence());
    }
    if (type == now.eventPayloadType()) {
      char digit =
          events.onPayload(
              header.timestamp(), data, header.payloadOffset(), header.payloadLength());
      if (digit != TelephoneEventReceiver.NONE) {
        digits.accept(digit);
      }
    } else if (type == now.payloadType()) {
      long arrival = System.nanoTime();
      statistics.onRtp(header.ssrc(), header.sequence(), header.timestamp(), arrival);
      jitter.put(
          header.ssrc(),
          header.sequence(),
          header.timestamp(),
          arrival,
          data,
          header.payloadOffset(),
          header.payloadLength());
    } else {
      dropped++;
    }
  }

  /** Datagrams dropped as unusable (not counting strangers, see {@link PeerLatch#dropped}). */
  long dropped() {
    return dropped;
  }
}
