package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RtpDemuxTest {
  private static byte[] datagram(int first, int second, int length) {
    byte[] buf = new byte[length];
    buf[0] = (byte) first;
    if (length > 1) {
      buf[1] = (byte) second;
    }
    return buf;
  }

  @Test
  void firstByteZeroToThreeIsStun() {
    assertThat(RtpDemux.kind(datagram(0, 1, 20), 20)).isEqualTo(PacketKind.STUN);
    assertThat(RtpDemux.kind(datagram(3, 1, 20), 20)).isEqualTo(PacketKind.STUN);
  }

  @Test
  void firstByteTwentyToSixtyThreeIsDtls() {
    assertThat(RtpDemux.kind(datagram(22, 0xfe, 13), 13)).isEqualTo(PacketKind.DTLS);
    assertThat(RtpDemux.kind(datagram(63, 0, 13), 13)).isEqualTo(PacketKind.DTLS);
  }

  @Test
  void version2WithAnRtcpTypeInTheSecondByteIsRtcp() {
    assertThat(RtpDemux.kind(datagram(0x80, 200, 28), 28)).isEqualTo(PacketKind.RTCP);
    assertThat(RtpDemux.kind(datagram(0x81, 201, 8), 8)).isEqualTo(PacketKind.RTCP);
    assertThat(RtpDemux.kind(datagram(0x80, 223, 8), 8)).isEqualTo(PacketKind.RTCP);
  }

  @Test
  void version2WithAnyOtherSecondByteIsRtp() {
    assertThat(RtpDemux.kind(datagram(0x80, 0, 172), 172)).isEqualTo(PacketKind.RTP);
    assertThat(RtpDemux.kind(datagram(0x80, 0x80 | 111, 12), 12)).isEqualTo(PacketKind.RTP);
    assertThat(RtpDemux.kind(datagram(0x80, 224, 12), 12)).isEqualTo(PacketKind.RTP);
    assertThat(RtpDemux.kind(datagram(0x80, 191, 12), 12)).isEqualTo(PacketKind.RTP);
  }

  @Test
  void anythingElseOrTooShortIsUnknown() {
    assertThat(RtpDemux.kind(new byte[0], 0)).isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(16, 0, 40), 40)).as("ZRTP").isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(64, 0, 40), 40))
        .as("TURN channel")
        .isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(0x40, 0, 40), 40)).as("RTP v1").isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(0, 1, 19), 19))
        .as("short STUN")
        .isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(22, 0, 12), 12))
        .as("short DTLS")
        .isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(0x80, 0, 11), 11))
        .as("short RTP")
        .isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(0x80, 200, 7), 7))
        .as("short RTCP")
        .isEqualTo(PacketKind.UNKNOWN);
    assertThat(RtpDemux.kind(datagram(0x80, 0, 12), 13))
        .as("length past array")
        .isEqualTo(PacketKind.UNKNOWN);
  }
}
