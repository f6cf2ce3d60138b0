package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds random and mutated RTP, RTCP and telephone-event datagrams through every parser and the
 * jitter buffer, as the receive thread would: none may throw, and what parses must stay within the
 * datagram.
 */
class MalformedPacketFuzzTest {
  private static final long OURS = 0x1234_5678L;
  private static final int DATAGRAMS = 100_000;

  private final RtpHeader header = new RtpHeader();
  private final ReceptionStatistics statistics = new ReceptionStatistics(8000);
  private final RoundTrip roundTrip =
      new RoundTrip(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
  private final TelephoneEventReceiver events = new TelephoneEventReceiver();
  private final JitterBuffer jitterBuffer = new JitterBuffer(8000);
  private final byte[] out = new byte[JitterBuffer.MAX_PAYLOAD];
  private long now;

  @Test
  void randomAndMutatedDatagramsNeverThrowAndStayInBounds() {
    SplittableRandom random = new SplittableRandom(4733);
    int rtp = 0;
    int rtcp = 0;
    for (int i = 0; i < DATAGRAMS; i++) {
      byte[] datagram = datagram(random);
      int length = random.nextInt(8) == 0 ? random.nextInt(datagram.length + 1) : datagram.length;
      now += random.nextInt(40_000_000);
      PacketKind kind = receive(datagram, length);
      rtp += kind == PacketKind.RTP ? 1 : 0;
      rtcp += kind == PacketKind.RTCP ? 1 : 0;
      if (i % 2 == 0) {
        assertThat(jitterBuffer.take(out))
            .isBetween(JitterBuffer.NOTHING, JitterBuffer.MAX_PAYLOAD);
      }
    }
    // The mutations keep enough packets well-formed to reach the code behind the parsers.
    assertThat(rtp).isGreaterThan(DATAGRAMS / 10);
    assertThat(rtcp).isGreaterThan(DATAGRAMS / 20);
    assertThat(jitterBuffer.targetDelayMillis()).isBetween(40, 200);
    assertThat(statistics.cumulativeLost()).isBetween(-0x800000, 0x7fffff);
  }

  /** What the receive thread does with one datagram. */
  private PacketKind receive(byte[] datagram, int length) {
    PacketKind kind = RtpDemux.kind(datagram, length);
    if (header.parse(datagram, 0, length)) {
      assertThat(header.payloadOffset()).isGreaterThanOrEqualTo(RtpHeader.FIXED_LENGTH);
      assertThat(header.payloadOffset() + header.payloadLength()).isLessThanOrEqualTo(length);
      statistics.onRtp(header.ssrc(), header.sequence(), header.timestamp(), now);
      events.onPayload(
          header.timestamp(), datagram, header.payloadOffset(), header.payloadLength());
      jitterBuffer.put(
          header.ssrc(),
          header.sequence(),
          header.timestamp(),
          now,
          datagram,
          header.payloadOffset(),
          header.payloadLength());
    }
    RtcpReport report = RtcpParser.parse(datagram, 0, length, OURS);
    if (report != null) {
      SenderInfo sender = report.senderInfo();
      if (sender != null) {
        statistics.onSenderReport(sender.ntpTimestamp(), now);
      }
      ReportBlock aboutUs = report.aboutUs();
      if (aboutUs != null) {
        roundTrip.onReportBlock(aboutUs);
        assertThat(roundTrip.latest().isNegative()).isFalse();
      }
    }
    // The same bytes seen from an offset, as when a datagram sits inside a larger buffer.
    int offset = length / 3;
    if (header.parse(datagram, offset, length - offset)) {
      assertThat(header.payloadOffset() + header.payloadLength()).isLessThanOrEqualTo(length);
    }
    RtcpParser.parse(datagram, offset, length - offset, OURS);
    ReportBlock ours = statistics.report(now);
    if (ours != null) {
      assertThat(ours.fractionLost()).isBetween(0, 255);
    }
    double mos =
        EModel.mos(CodecImpairment.G711, random(datagram, 0) * 3, 1, random(datagram, 1) * 20);
    assertThat(mos).isBetween(1.0, 4.5);
    return kind;
  }

  private static double random(byte[] datagram, int at) {
    return datagram.length > at ? datagram[at] : 0;
  }

  private static byte[] datagram(SplittableRandom random) {
    byte[] packet;
    switch (random.nextInt(4)) {
      case 0:
        packet = new byte[random.nextInt(300)];
        random.nextBytes(packet);
        return packet;
      case 1:
        packet = rtp(random);
        break;
      case 2:
        packet = rtcp(random);
        break;
      default:
        packet = telephoneEvent(random);
        break;
    }
    return mutate(packet, random);
  }

  private static byte[] mutate(byte[] packet, SplittableRandom random) {
    int flips = random.nextInt(4);
    for (int i = 0; i < flips && packet.length > 0; i++) {
      packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
    }
    if (random.nextInt(6) == 0 && packet.length > 0) {
      return Arrays.copyOf(packet, random.nextInt(packet.length));
    }
    return packet;
  }

  private static byte[] rtp(SplittableRandom random) {
    int csrcs = random.nextInt(4) == 0 ? random.nextInt(16) : 0;
    int extensionWords = random.nextInt(4) == 0 ? random.nextInt(4) : -1;
    int payload = random.nextInt(200);
    int padding = random.nextInt(5) == 0 ? 1 + random.nextInt(8) : 0;
    int length =
        12 + 4 * csrcs + (extensionWords < 0 ? 0 : 4 + 4 * extensionWords) + payload + padding;
    byte[] packet = new byte[length];
    random.nextBytes(packet);
    RtpHeader.write(
        packet,
        0,
        random.nextInt(128),
        random.nextBoolean(),
        random.nextInt(1 << 16),
        random.nextLong(1L << 32),
        random.nextInt(3));
    packet[0] = (byte) (0x80 | (padding > 0 ? 0x20 : 0) | (extensionWords >= 0 ? 0x10 : 0) | csrcs);
    if (extensionWords >= 0) {
      NetworkOrder.put16(packet, 12 + 4 * csrcs + 2, extensionWords);
    }
    if (padding > 0) {
      packet[length - 1] = (byte) padding;
    }
    return packet;
  }

  private static byte[] rtcp(SplittableRandom random) {
    byte[] buf = new byte[RtcpWriter.MAX_LENGTH];
    SenderInfo sent =
        random.nextBoolean()
            ? null
            : new SenderInfo(random.nextLong(), random.nextLong(1L << 32), random.nextInt(), 0);
    ReportBlock block =
        random.nextBoolean()
            ? null
            : new ReportBlock(
                random.nextBoolean() ? OURS : 7,
                random.nextInt(256),
                random.nextInt(),
                random.nextLong(1L << 32),
                random.nextLong(1L << 32),
                random.nextLong(1L << 32),
                random.nextLong(1L << 32));
    RtcpWriter writer = new RtcpWriter(random.nextLong(1L << 32), "fuzz@" + random.nextInt());
    int length =
        random.nextBoolean()
            ? writer.writeReport(buf, 0, sent, block)
            : writer.writeBye(buf, 0, sent, block);
    return Arrays.copyOf(buf, length);
  }

  private static byte[] telephoneEvent(SplittableRandom random) {
    byte[] packet = new byte[12 + 4];
    RtpHeader.write(
        packet,
        0,
        101,
        random.nextBoolean(),
        random.nextInt(1 << 16),
        random.nextInt(50) * 160L,
        1);
    packet[12] = (byte) random.nextInt(20);
    packet[13] = (byte) (random.nextBoolean() ? 0x8a : 0x0a);
    NetworkOrder.put16(packet, 14, random.nextInt(1 << 16));
    return packet;
  }

  static Stream<Arguments> malformed() {
    byte[] rtp = new byte[40];
    RtpHeader.write(rtp, 0, 0, false, 1, 2, 3);
    byte[] csrcPastEnd = rtp.clone();
    csrcPastEnd[0] = (byte) 0x8f; // 15 CSRCs need 72 bytes
    byte[] paddingPastPayload = rtp.clone();
    paddingPastPayload[0] = (byte) 0xa0;
    paddingPastPayload[39] = 29; // 28 bytes follow the header
    byte[] extensionPastEnd = rtp.clone();
    extensionPastEnd[0] = (byte) 0x90;
    extensionPastEnd[14] = 0;
    extensionPastEnd[15] = 7; // 7 words need 44 bytes
    byte[] rtcp = new byte[RtcpWriter.MAX_LENGTH];
    int rtcpLength = new RtcpWriter(9, "x").writeReport(rtcp, 0, null, null);
    byte[] rtcpLengthTooLong = Arrays.copyOf(rtcp, rtcpLength);
    rtcpLengthTooLong[3] = 9;
    byte[] rtcpLengthTooShort = Arrays.copyOf(rtcp, rtcpLength);
    rtcpLengthTooShort[3] = 0;
    return Stream.of(
        Arguments.of("truncated RTP header", PacketKind.RTP, Arrays.copyOf(rtp, 11)),
        Arguments.of("CSRC count past the end", PacketKind.RTP, csrcPastEnd),
        Arguments.of("padding longer than the payload", PacketKind.RTP, paddingPastPayload),
        Arguments.of("extension length past the end", PacketKind.RTP, extensionPastEnd),
        Arguments.of("RTCP length past the end", PacketKind.RTCP, rtcpLengthTooLong),
        Arguments.of("RTCP length short of the datagram", PacketKind.RTCP, rtcpLengthTooShort),
        Arguments.of("zero length", PacketKind.UNKNOWN, new byte[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void targetedMalformedDatagramsAreRejectedByTheirParser(
      String what, PacketKind kind, byte[] datagram) {
    if (kind != PacketKind.RTCP) {
      assertThat(header.parse(datagram, 0, datagram.length)).isFalse();
    }
    if (kind != PacketKind.RTP) {
      assertThat(RtcpParser.parse(datagram, 0, datagram.length, OURS)).isNull();
    }
    assertThat(receive(datagram, datagram.length)).isNotNull();
    assertThat(jitterBuffer.take(out)).isEqualTo(JitterBuffer.NOTHING);
  }
}
