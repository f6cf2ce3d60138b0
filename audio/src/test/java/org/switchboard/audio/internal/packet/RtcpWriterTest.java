package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RtcpWriterTest {
  static final long OURS = 0x11111111L;
  static final long PEER = 0x22222222L;
  static final SenderInfo SENT = new SenderInfo(0xE1234567_89ABCDEFL, 0x00010000L, 1000, 160_000);
  static final ReportBlock BLOCK =
      new ReportBlock(PEER, 25, 3, 0x0001_0005L, 80, 0x4567_89ABL, 0x0001_8000L);

  private final byte[] buf = new byte[RtcpWriter.MAX_LENGTH];
  private final RtcpWriter writer = new RtcpWriter(OURS, "ab");

  @Test
  void senderReportWithBlockAndCnameHasTheWireLayout() {
    int length = writer.writeReport(buf, 0, SENT, BLOCK);

    assertThat(length).isEqualTo(52 + 16);
    assertThat(Arrays.copyOfRange(buf, 0, 32))
        .containsExactly(
            RtpHeaderTest.bytes(
                0x81, 200, 0, 12, 0x11, 0x11, 0x11, 0x11, // SR, one block, 13 words
                0xE1, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, // NTP
                0, 1, 0, 0, 0, 0, 0x03, 0xE8, 0, 2, 0x71, 0, // RTP ts, packets, octets
                0x22, 0x22, 0x22, 0x22)); // block SSRC
    assertThat(Arrays.copyOfRange(buf, 32, 52))
        .containsExactly(
            RtpHeaderTest.bytes(
                25, 0, 0, 3, 0, 1, 0, 5, 0, 0, 0, 80, 0x45, 0x67, 0x89, 0xAB, 0, 1, 0x80, 0));
    assertThat(Arrays.copyOfRange(buf, 52, 68))
        .containsExactly(
            RtpHeaderTest.bytes(
                0x81, 202, 0, 3, 0x11, 0x11, 0x11, 0x11, 1, 2, 'a', 'b', 0, 0, 0, 0));
  }

  @Test
  void withoutSendingItIsAReceiverReport() {
    int length = writer.writeReport(buf, 0, null, null);

    assertThat(length).isEqualTo(8 + 16);
    assertThat(Arrays.copyOfRange(buf, 0, 8))
        .containsExactly(RtpHeaderTest.bytes(0x80, 201, 0, 1, 0x11, 0x11, 0x11, 0x11));
  }

  @Test
  void cnameIsPaddedToAWordWithAtLeastOneNullByte() {
    RtcpWriter threeBytes = new RtcpWriter(OURS, "abc"); // 2 + 3 = 5 item bytes -> 8
    RtcpWriter sixBytes = new RtcpWriter(OURS, "abcdef"); // 2 + 6 = 8 item bytes -> 12

    assertThat(threeBytes.writeReport(buf, 0, null, null)).isEqualTo(8 + 4 + 4 + 8);
    assertThat(sixBytes.writeReport(buf, 0, null, null)).isEqualTo(8 + 4 + 4 + 12);
    assertThat(Arrays.copyOfRange(buf, 24, 32)).containsOnly(0, 0, 0, 0, 0, 0, 0, 0).hasSize(8);
  }

  @Test
  void aLongCnameIsCutTo255Bytes() {
    RtcpWriter longName = new RtcpWriter(OURS, "x".repeat(400));

    int length = longName.writeBye(buf, 0, SENT, BLOCK);

    assertThat(length).isEqualTo(RtcpWriter.MAX_LENGTH);
    assertThat(buf[52 + 9] & 0xff).isEqualTo(255);
  }

  @Test
  void byeFollowsTheReport() {
    int length = writer.writeBye(buf, 0, null, BLOCK);

    assertThat(length).isEqualTo(32 + 16 + 8);
    assertThat(Arrays.copyOfRange(buf, 48, 56))
        .containsExactly(RtpHeaderTest.bytes(0x81, 203, 0, 1, 0x11, 0x11, 0x11, 0x11));
  }

  @Test
  void writesAtAnOffset() {
    byte[] big = new byte[RtcpWriter.MAX_LENGTH + 10];

    int length = writer.writeReport(big, 10, null, null);

    assertThat(RtcpParser.parse(big, 10, length, PEER)).isNotNull();
  }

  @Test
  void refusesABufferTooSmallForTheLongestCompound() {
    assertThatThrownBy(() -> writer.writeReport(new byte[64], 0, SENT, BLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(RtcpWriter.MAX_LENGTH));
  }
}
