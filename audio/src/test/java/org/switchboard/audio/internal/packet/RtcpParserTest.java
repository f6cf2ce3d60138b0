package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.audio.internal.packet.RtcpWriterTest.BLOCK;
import static org.switchboard.audio.internal.packet.RtcpWriterTest.OURS;
import static org.switchboard.audio.internal.packet.RtcpWriterTest.PEER;
import static org.switchboard.audio.internal.packet.RtcpWriterTest.SENT;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RtcpParserTest {
  private final byte[] buf = new byte[RtcpWriter.MAX_LENGTH + 64];

  private static RtcpReport parsed(byte[] buf, int offset, int length, long ourSsrc) {
    return Objects.requireNonNull(RtcpParser.parse(buf, offset, length, ourSsrc), "malformed");
  }

  /** The peer's report about our stream, as the peer would write it. */
  private int peerReport(@Nullable SenderInfo sent) {
    ReportBlock aboutUs = new ReportBlock(OURS, 64, -2, 70_000, 12, 0x12345678L, 0x8000);
    return new RtcpWriter(PEER, "peer@host").writeReport(buf, 0, sent, aboutUs);
  }

  @Test
  void readsTheSenderInfoAndTheBlockAboutUs() {
    int length = peerReport(SENT);

    RtcpReport report = parsed(buf, 0, length, OURS);

    assertThat(report).isNotNull();
    assertThat(report.senderSsrc()).isEqualTo(PEER);
    assertThat(report.senderInfo()).isEqualTo(SENT);
    assertThat(report.aboutUs())
        .isEqualTo(new ReportBlock(OURS, 64, -2, 70_000, 12, 0x12345678L, 0x8000));
    assertThat(Objects.requireNonNull(report.aboutUs()).fractionLostPercent()).isEqualTo(25.0);
    assertThat(report.bye()).isFalse();
  }

  @Test
  void aReceiverReportHasNoSenderInfo() {
    int length = peerReport(null);

    RtcpReport report = parsed(buf, 0, length, OURS);

    assertThat(report.senderInfo()).isNull();
    assertThat(report.aboutUs()).isNotNull();
  }

  @Test
  void blocksAboutOtherSourcesAreNotAboutUs() {
    int length = new RtcpWriter(PEER, "p").writeReport(buf, 0, SENT, BLOCK); // BLOCK is about PEER

    assertThat(parsed(buf, 0, length, OURS).aboutUs()).isNull();
  }

  @Test
  void readsBye() {
    int length = new RtcpWriter(PEER, "p").writeBye(buf, 0, null, null);

    RtcpReport report = parsed(buf, 0, length, OURS);

    assertThat(report.bye()).isTrue();
    assertThat(report.senderSsrc()).isEqualTo(PEER);
  }

  @Test
  void skipsUnknownPacketTypesByTheirLength() {
    byte[] app = RtpHeaderTest.bytes(0x80, 204, 0, 2, 0, 0, 0, 1, 'n', 'a', 'm', 'e');
    System.arraycopy(app, 0, buf, 0, app.length);
    int length = app.length + new RtcpWriter(PEER, "p").writeReport(buf, app.length, SENT, null);
    byte[] feedback = RtpHeaderTest.bytes(0x81, 205, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2);
    System.arraycopy(feedback, 0, buf, length, feedback.length);
    length += feedback.length;

    RtcpReport report = parsed(buf, 0, length, OURS);

    assertThat(report).isNotNull();
    assertThat(report.senderInfo()).isEqualTo(SENT);
  }

  @Test
  void aCompoundNamingNoSenderHasUnknownSsrc() {
    byte[] sdesOnly = RtpHeaderTest.bytes(0x80, 202, 0, 0);

    assertThat(parsed(sdesOnly, 0, 4, OURS).senderSsrc()).isEqualTo(RtcpReport.UNKNOWN_SSRC);
  }

  @Test
  void rejectsALengthFieldPastTheEnd() {
    int length = peerReport(SENT);
    buf[3] = 60;

    assertThat(RtcpParser.parse(buf, 0, length, OURS)).isNull();
  }

  @Test
  void rejectsLengthsThatDoNotAddUpToTheDatagram() {
    int length = peerReport(SENT);

    assertThat(RtcpParser.parse(buf, 0, length + 2, OURS)).as("two stray bytes").isNull();
    assertThat(RtcpParser.parse(buf, 0, length - 4, OURS)).as("cut SDES").isNull();
  }

  @Test
  void rejectsMoreReportBlocksThanTheLengthHolds() {
    int length = peerReport(SENT);
    buf[0] = (byte) 0x82; // says two blocks, holds one

    assertThat(RtcpParser.parse(buf, 0, length, OURS)).isNull();
  }

  @Test
  void rejectsASenderReportTooShortForItsSenderInfo() {
    byte[] shortSr = RtpHeaderTest.bytes(0x80, 200, 0, 1, 0, 0, 0, 1);

    assertThat(RtcpParser.parse(shortSr, 0, 8, OURS)).isNull();
  }

  @Test
  void rejectsAByeListingMoreSourcesThanItHolds() {
    byte[] bye = RtpHeaderTest.bytes(0x83, 203, 0, 1, 0, 0, 0, 1);

    assertThat(RtcpParser.parse(bye, 0, 8, OURS)).isNull();
  }

  @Test
  void rejectsAWrongVersionInALaterPacket() {
    int length = peerReport(SENT);
    buf[52] = (byte) (buf[52] & 0x3f); // the SDES's version 0

    assertThat(RtcpParser.parse(buf, 0, length, OURS)).isNull();
  }

  @Test
  void acceptsPaddingOnlyOnTheLastPacketAndWithinIt() {
    int length = peerReport(SENT);
    byte[] padded = Arrays.copyOf(buf, length + 4);
    padded[52] = (byte) (padded[52] | 0x20); // pad the SDES (last) by one word
    padded[54 + 1] = (byte) (padded[55] + 1);
    padded[length + 3] = 4;
    assertThat(RtcpParser.parse(padded, 0, length + 4, OURS)).isNotNull();

    padded[length + 3] = (byte) 200; // more than the packet
    assertThat(RtcpParser.parse(padded, 0, length + 4, OURS)).isNull();
    padded[length + 3] = 0;
    assertThat(RtcpParser.parse(padded, 0, length + 4, OURS)).isNull();

    buf[0] = (byte) (buf[0] | 0x20); // padding bit on the SR, which is not last
    assertThat(RtcpParser.parse(buf, 0, length, OURS)).isNull();
  }

  @Test
  void rejectsEmptyAndTruncatedDatagramsAndBadRanges() {
    int length = peerReport(SENT);

    assertThat(RtcpParser.parse(buf, 0, 0, OURS)).isNull();
    assertThat(RtcpParser.parse(buf, 0, 3, OURS)).isNull();
    assertThat(RtcpParser.parse(buf, 0, 30, OURS)).isNull();
    assertThat(RtcpParser.parse(buf, -4, length, OURS)).isNull();
    assertThat(RtcpParser.parse(buf, buf.length - 8, 16, OURS)).isNull();
  }
}
