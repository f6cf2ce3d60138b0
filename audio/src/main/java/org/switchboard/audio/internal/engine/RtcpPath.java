package org.switchboard.audio.internal.engine;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.packet.CodecImpairment;
import org.switchboard.audio.internal.packet.EModel;
import org.switchboard.audio.internal.packet.JitterBuffer;
import org.switchboard.audio.internal.packet.NtpTime;
import org.switchboard.audio.internal.packet.ReceptionStatistics;
import org.switchboard.audio.internal.packet.ReportBlock;
import org.switchboard.audio.internal.packet.RoundTrip;
import org.switchboard.audio.internal.packet.RtcpInterval;
import org.switchboard.audio.internal.packet.RtcpParser;
import org.switchboard.audio.internal.packet.RtcpReport;
import org.switchboard.audio.internal.packet.RtcpWriter;
import org.switchboard.audio.internal.packet.SenderInfo;
import org.switchboard.audio.internal.srtp.PacketTransform;
import org.switchboard.core.call.CallQuality;

/**
 * A call's RTCP: reads the peer's reports (on {@code switchboard-rtp-receive}) for the round trip
 * and the sender times our reports need; sends our SR/RR about every 5 s (randomised as RFC 3550
 * asks) and a BYE at the end (on {@code switchboard-media-clock}); and at each report estimates the
 * call's quality from the same figures and hands it to {@code quality}.
 *
 * <p>The negotiation's {@link RtcpRoute} says where RTCP travels: on the RTCP channel, multiplexed
 * on the RTP channel (reports then arrive through {@link #onMultiplexed}, already checked by the
 * RTP latch), or nowhere.
 */
final class RtcpPath implements ReceiveLoop.Receiver {
  private static final Clock CLOCK = Clock.systemUTC();

  private final Supplier<@Nullable Negotiation> negotiation;
  private final PeerLatch latch;
  private final PeerLatch rtpLatch;
  private final Sender sender;
  private final Sender muxSender;
  private final SendPath sending;
  private final Supplier<ReceptionStatistics> statistics;
  private final JitterBuffer jitter;
  private final Consumer<CallQuality> quality;
  private final RtcpWriter writer;
  private final RoundTrip roundTrip = new RoundTrip(CLOCK);
  private final RtcpInterval interval = new RtcpInterval(Math::random);
  private final byte[] packet = new byte[RtcpWriter.MAX_LENGTH + PacketTransform.MAX_OVERHEAD];
  private long nextReportNanos = System.nanoTime() + interval.next().toNanos();
  private long sentAtLastReport;

  RtcpPath(
      Supplier<@Nullable Negotiation> negotiation,
      PeerLatch latch,
      PeerLatch rtpLatch,
      Sender sender,
      Sender muxSender,
      SendPath sending,
      Supplier<ReceptionStatistics> statistics,
      JitterBuffer jitter,
      Consumer<CallQuality> quality,
      String cname) {
    this.negotiation = negotiation;
    this.latch = latch;
    this.rtpLatch = rtpLatch;
    this.sender = sender;
    this.muxSender = muxSender;
    this.sending = sending;
    this.statistics = statistics;
    this.jitter = jitter;
    this.quality = quality;
    this.writer = new RtcpWriter(sending.ssrc(), cname);
  }

  /** A datagram on the RTCP channel, on {@code switchboard-rtp-receive}. */
  @Override
  public void onDatagram(byte[] data, int length, InetSocketAddress from) {
    Negotiation now = negotiation.get();
    // Under DTLS-SRTP without multiplexing the RTCP port has no keys of its own (RtcpRoute.NONE).
    if (now == null || now.rtcpRoute() == RtcpRoute.NONE || !latch.accept(from)) {
      return;
    }
    if (read(now, data, length)) {
      latch.confirm(from, -1);
    }
  }

  /**
   * RTCP that arrived on the RTP channel from the source the RTP latch accepted, on {@code
   * switchboard-rtp-receive}.
   */
  void onMultiplexed(byte[] data, int length, InetSocketAddress from) {
    Negotiation now = negotiation.get();
    if (now != null) {
      read(now, data, length);
    }
  }

  /** Unprotects and reads a report; whether it was a valid one. */
  private boolean read(Negotiation now, byte[] data, int length) {
    PacketTransform keys = now.transform();
    int plain = keys == null ? -1 : keys.unprotectRtcp(data, length);
    if (plain < 0) {
      return false;
    }
    RtcpReport report = RtcpParser.parse(data, 0, plain, sending.ssrc());
    if (report == null) {
      return false;
    }
    SenderInfo info = report.senderInfo();
    if (info != null) {
      statistics.get().onSenderReport(info.ntpTimestamp(), System.nanoTime());
    }
    ReportBlock aboutUs = report.aboutUs();
    if (aboutUs != null) {
      roundTrip.onReportBlock(aboutUs);
    }
    return true;
  }

  /** Sends a report when one is due. Clock thread. */
  void tick(Negotiation now) {
    long nowNanos = System.nanoTime();
    if (nowNanos < nextReportNanos) {
      return;
    }
    nextReportNanos = nowNanos + interval.next().toNanos();
    ReportBlock block = statistics.get().report(nowNanos);
    int length = writer.writeReport(packet, 0, senderInfo(), block);
    send(now, length);
    if (block != null && now.receives()) {
      quality.accept(estimate(now, block));
    }
  }

  private @Nullable SenderInfo senderInfo() {
    long sent = sending.statistics().packets();
    boolean sentSince = sent != sentAtLastReport;
    sentAtLastReport = sent;
    return sentSince
        ? sending.statistics().senderInfo(NtpTime.now(CLOCK), sending.timestamp())
        : null;
  }

  private CallQuality estimate(Negotiation now, ReportBlock block) {
    Duration rtt = roundTrip.latest();
    double loss = block.fractionLostPercent();
    double delay = EModel.oneWayDelayMillis(impairment(now), rtt, jitter.delayMillis());
    double mos = EModel.mos(impairment(now), loss, 1, delay);
    return new CallQuality(mos, loss, statistics.get().jitter(), rtt);
  }

  private static CodecImpairment impairment(Negotiation n) {
    return CodecImpairment.of(n.codec().format());
  }

  /**
   * Sends a BYE with a last report. Clock thread (or the closing thread once the clock stopped).
   */
  void bye(Negotiation now) {
    ReportBlock block = statistics.get().report(System.nanoTime());
    send(now, writer.writeBye(packet, 0, senderInfo(), block));
  }

  private void send(Negotiation now, int length) {
    if (now.rtcpRoute() == RtcpRoute.NONE) {
      return;
    }
    PacketTransform keys = now.transform();
    int wire = keys == null ? -1 : keys.protectRtcp(packet, length);
    if (wire <= 0) {
      return;
    }
    if (now.rtcpRoute() == RtcpRoute.MUXED) {
      muxSender.send(packet, wire, rtpLatch.target(now.remoteRtp()));
    } else {
      sender.send(packet, wire, latch.target(now.remoteRtcp()));
    }
  }

  /** The latest round trip. */
  Duration roundTrip() {
    return roundTrip.latest();
  }
}
