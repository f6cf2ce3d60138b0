package org.switchboard.audio.internal.packet;

/**
 * The sender information of an RTCP sender report (RFC 3550 §6.4.1).
 *
 * @param ntpTimestamp the 64-bit NTP wall-clock time of the report
 * @param rtpTimestamp the RTP timestamp matching that time, unsigned 32 bits
 * @param packetCount RTP packets sent since the start, unsigned 32 bits
 * @param octetCount payload octets sent since the start, unsigned 32 bits
 */
public record SenderInfo(long ntpTimestamp, long rtpTimestamp, long packetCount, long octetCount) {}
