package org.switchboard.audio.internal.packet;

/** What a datagram on a media port carries, as told by {@link RtpDemux}. */
public enum PacketKind {
  RTP,
  RTCP,
  DTLS,
  STUN,
  /** Anything else (ZRTP, TURN channel data, too short, garbage): dropped. */
  UNKNOWN
}
