package org.switchboard.audio.internal.srtp;

/**
 * Turns plain RTP/RTCP into what goes on the wire and back: SRTP/SRTCP when the call is encrypted,
 * nothing otherwise. Work is in place in the given buffer, which always has at least {@link
 * #MAX_OVERHEAD} spare bytes after {@code length}.
 *
 * <p>Sending methods are called on {@code switchboard-media-clock}, receiving ones on {@code
 * switchboard-rtp-receive}; an implementation keeps separate state for each direction.
 */
public interface PacketTransform {
  /** The most bytes protecting a packet may add (SRTCP index and an 80-bit tag). */
  int MAX_OVERHEAD = 32;

  /** Leaves packets as they are. */
  PacketTransform PLAIN =
      new PacketTransform() {
        @Override
        public int protectRtp(byte[] packet, int length) {
          return length;
        }

        @Override
        public int protectRtcp(byte[] packet, int length) {
          return length;
        }

        @Override
        public int unprotectRtp(byte[] packet, int length) {
          return length;
        }

        @Override
        public int unprotectRtcp(byte[] packet, int length) {
          return length;
        }
      };

  /**
   * Protects an RTP packet in place; returns the new length, or -1 when it cannot be protected (too
   * short, no room): the packet is then not sent.
   */
  int protectRtp(byte[] packet, int length);

  /** Protects an RTCP packet in place; returns the new length, or -1 as for RTP. */
  int protectRtcp(byte[] packet, int length);

  /** Unprotects in place; returns the plain length, or -1 to drop it (bad tag, replay). */
  int unprotectRtp(byte[] packet, int length);

  /** Unprotects in place; returns the plain length, or -1 to drop it (bad tag, replay). */
  int unprotectRtcp(byte[] packet, int length);
}
