package org.switchboard.audio.internal.engine;

import java.net.InetSocketAddress;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.codec.Codec;
import org.switchboard.audio.internal.srtp.PacketTransform;

/**
 * What a call's media does now, as one immutable snapshot: published by the {@code sip-events}
 * thread on start and on each renegotiation, read by the clock and receive threads.
 *
 * @param codec the codec to encode and decode with (its payload type is the negotiated one)
 * @param eventPayloadType the telephone-event payload type, or -1 when none was negotiated
 * @param eventClockRate the telephone-event clock rate
 * @param remoteRtp where RTP goes (until a packet from the peer latches another port)
 * @param remoteRtcp where RTCP goes (the RTP address when it is multiplexed)
 * @param rtcpRoute whether RTCP goes on its own port, on the RTP port, or nowhere
 * @param sends whether this side captures and sends (false on hold either way)
 * @param receives whether this side plays out what it receives
 * @param keys the call's packet protection now: plain, SRTP, or null while media must not flow (a
 *     DTLS handshake not yet done, or failed)
 */
record Negotiation(
    Codec codec,
    int eventPayloadType,
    int eventClockRate,
    InetSocketAddress remoteRtp,
    InetSocketAddress remoteRtcp,
    RtcpRoute rtcpRoute,
    boolean sends,
    boolean receives,
    Supplier<@Nullable PacketTransform> keys) {

  /** The packet protection now, or null while media must not flow. */
  @Nullable PacketTransform transform() {
    return keys.get();
  }

  int payloadType() {
    return codec.format().payloadType();
  }
}
