package org.switchboard.audio.internal.packet;

import org.jspecify.annotations.Nullable;

/**
 * What a received compound RTCP packet told us, as read by {@link RtcpParser}.
 *
 * @param senderSsrc the SSRC of the first SR or RR, else of the first BYE source, else {@link
 *     #UNKNOWN_SSRC}
 * @param senderInfo the sender information if the compound holds a sender report
 * @param aboutUs the report block about our own SSRC, if any
 * @param bye whether the compound holds a BYE
 */
public record RtcpReport(
    long senderSsrc, @Nullable SenderInfo senderInfo, @Nullable ReportBlock aboutUs, boolean bye) {
  /** {@link #senderSsrc()} when the compound named no sender. */
  public static final long UNKNOWN_SSRC = -1;
}
