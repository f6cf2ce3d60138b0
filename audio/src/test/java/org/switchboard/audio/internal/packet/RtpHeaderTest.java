package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RtpHeaderTest {
  private final RtpHeader header = new RtpHeader();

  @Test
  void writtenHeaderHasTheWireLayoutOfRfc3550() {
    byte[] buf = new byte[12];

    int length = RtpHeader.write(buf, 0, 8, true, 0xBEEF, 0xDEADBEEFL, 0x01020304L);

    assertThat(length).isEqualTo(12);
    assertThat(buf)
        .containsExactly(0x80, 0x88, 0xBE, 0xEF, 0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x02, 0x03, 0x04);
  }

  @Test
  void parsesTheFieldsOfAWrittenPacket() {
    byte[] buf = new byte[20 + 12 + 160];
    RtpHeader.write(buf, 20, 111, false, 65535, 0xFFFFFFFFL, 0xCAFEBABEL);

    assertThat(header.parse(buf, 20, 172)).isTrue();

    assertThat(header.payloadType()).isEqualTo(111);
    assertThat(header.marker()).isFalse();
    assertThat(header.sequence()).isEqualTo(65535);
    assertThat(header.timestamp()).isEqualTo(0xFFFFFFFFL);
    assertThat(header.ssrc()).isEqualTo(0xCAFEBABEL);
    assertThat(header.payloadOffset()).isEqualTo(32);
    assertThat(header.payloadLength()).isEqualTo(160);
  }

  @Test
  void payloadStartsAfterCsrcsAndExtensionAndEndsBeforePadding() {
    // V=2, P=1, X=1, CC=2; marker, PT 0; 2 CSRCs; extension of 1 word; 5 bytes payload; 3 padding
    byte[] packet =
        bytes(
            0xB2, 0x80, 0, 1, 0, 0, 0, 160, 0, 0, 0, 7, // fixed header
            0, 0, 0, 1, 0, 0, 0, 2, // CSRCs
            0xBE, 0xDE, 0, 1, 1, 2, 3, 4, // extension header and one word
            9, 9, 9, 9, 9, // payload
            0, 0, 3); // padding, its count last

    assertThat(header.parse(packet, 0, packet.length)).isTrue();

    assertThat(header.marker()).isTrue();
    assertThat(header.payloadType()).isZero();
    assertThat(header.timestamp()).isEqualTo(160);
    assertThat(header.ssrc()).isEqualTo(7);
    assertThat(header.payloadOffset()).isEqualTo(28);
    assertThat(header.payloadLength()).isEqualTo(5);
  }

  @Test
  void rejectsTruncatedHeaders() {
    byte[] packet = new byte[12];
    RtpHeader.write(packet, 0, 0, false, 1, 2, 3);

    assertThat(header.parse(packet, 0, 11)).isFalse();
    assertThat(header.parse(packet, 0, 0)).isFalse();
    assertThat(header.parse(new byte[0], 0, 0)).isFalse();
  }

  @Test
  void rejectsAVersionOtherThanTwo() {
    byte[] packet = new byte[12];
    RtpHeader.write(packet, 0, 0, false, 1, 2, 3);
    packet[0] = 0x40;

    assertThat(header.parse(packet, 0, 12)).isFalse();
  }

  @Test
  void rejectsACsrcCountPastTheEnd() {
    byte[] packet = new byte[16];
    RtpHeader.write(packet, 0, 0, false, 1, 2, 3);
    packet[0] = (byte) 0x82; // two CSRCs need 20 bytes

    assertThat(header.parse(packet, 0, 16)).isFalse();
  }

  @Test
  void rejectsAnExtensionHeaderOrLengthPastTheEnd() {
    byte[] headerOnly = new byte[14];
    RtpHeader.write(headerOnly, 0, 0, false, 1, 2, 3);
    headerOnly[0] = (byte) 0x90;
    byte[] longExtension =
        bytes(0x90, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0xBE, 0xDE, 0, 2, 1, 2, 3, 4);

    assertThat(header.parse(headerOnly, 0, 14)).isFalse();
    assertThat(header.parse(longExtension, 0, longExtension.length)).isFalse();
  }

  @Test
  void rejectsPaddingLongerThanThePayloadOrZero() {
    byte[] packet = new byte[16];
    RtpHeader.write(packet, 0, 0, false, 1, 2, 3);
    packet[0] = (byte) 0xA0;
    packet[15] = 5; // only 4 bytes follow the header

    assertThat(header.parse(packet, 0, 16)).isFalse();
    packet[15] = 0;
    assertThat(header.parse(packet, 0, 16)).isFalse();
    packet[15] = 4; // padding that is the whole payload is allowed
    assertThat(header.parse(packet, 0, 16)).isTrue();
    assertThat(header.payloadLength()).isZero();
  }

  @Test
  void rejectsARangeOutsideTheArray() {
    byte[] packet = new byte[12];
    RtpHeader.write(packet, 0, 0, false, 1, 2, 3);

    assertThat(header.parse(packet, 1, 12)).isFalse();
    assertThat(header.parse(packet, -1, 12)).isFalse();
    assertThat(header.parse(packet, 0, 13)).isFalse();
  }

  @Test
  void aFailedParseLeavesTheLastGoodPacket() {
    byte[] good = new byte[12];
    RtpHeader.write(good, 0, 0, false, 42, 2, 3);
    header.parse(good, 0, 12);

    header.parse(new byte[3], 0, 3);

    assertThat(header.sequence()).isEqualTo(42);
  }

  @Test
  void refusesToWriteAPayloadTypeOutside7Bits() {
    assertThatThrownBy(() -> RtpHeader.write(new byte[12], 0, 128, false, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("128");
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
