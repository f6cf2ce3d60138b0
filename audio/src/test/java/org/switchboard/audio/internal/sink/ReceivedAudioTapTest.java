package org.switchboard.audio.internal.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jitsi.service.neomedia.RawPacket;
import org.junit.jupiter.api.Test;

class ReceivedAudioTapTest {
  private final List<short[]> received = new CopyOnWriteArrayList<>();
  private final ReceivedAudioTap tap = new ReceivedAudioTap((s, t) -> received.add(s), 0);

  @Test
  void decodesPcmuPayloadsOfTheNegotiatedType() {
    tap.setReceiving(true);
    RawPacket packet = rtp(0, new byte[] {(byte) 0xFF, (byte) 0x80, 0x00, (byte) 0xFE}, 0);

    RawPacket passed = tap.getRTPTransformer().reverseTransform(new RawPacket[] {packet})[0];

    assertThat(passed).isSameAs(packet);
    assertThat(received).hasSize(1);
    assertThat(received.get(0)).containsExactly(0, 32124, -32124, 8);
  }

  @Test
  void ignoresOtherPayloadTypesSuchAsTelephoneEvents() {
    tap.setReceiving(true);
    tap.onReceived(rtp(101, new byte[] {1, 2, 3, 4}, 0));
    assertThat(received).isEmpty();
  }

  @Test
  void followsAChangedPayloadType() {
    tap.setReceiving(true);
    tap.setPayloadType(96);
    tap.onReceived(rtp(0, new byte[] {1}, 0));
    tap.onReceived(rtp(96, new byte[] {1}, 0));
    assertThat(received).hasSize(1);
  }

  @Test
  void ignoresEverythingWhileTheDirectionDoesNotReceive() {
    tap.setReceiving(false);
    tap.onReceived(rtp(0, new byte[] {1, 2}, 0));
    assertThat(received).isEmpty();
  }

  @Test
  void leavesRtpPaddingOut() {
    tap.setReceiving(true);
    tap.onReceived(rtp(0, new byte[] {(byte) 0xFF, (byte) 0xFF}, 2));
    assertThat(received.get(0)).hasSize(2);
  }

  @Test
  void takesLongPacketsWhole() {
    tap.setReceiving(true);
    tap.onReceived(rtp(0, new byte[1280], 0)); // 160 ms of audio in one packet
    assertThat(received.get(0)).hasSize(1280);
  }

  /** A minimal RTP packet: 12-byte header, {@code padding} bytes of RFC 3550 padding. */
  private static RawPacket rtp(int payloadType, byte[] payload, int padding) {
    byte[] bytes = new byte[12 + payload.length + padding];
    bytes[0] = (byte) (padding > 0 ? 0xA0 : 0x80);
    bytes[1] = (byte) payloadType;
    System.arraycopy(payload, 0, bytes, 12, payload.length);
    if (padding > 0) {
      bytes[bytes.length - 1] = (byte) padding;
    }
    return new RawPacket(bytes, 0, bytes.length);
  }
}
