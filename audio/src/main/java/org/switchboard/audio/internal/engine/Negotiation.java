package org.switchboard.audio.internal.engine;

import java.net.InetSocketAddress;
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
 * @param remoteRtcp where RTCP goes
 * @param sends whether this side captures and sends (false on hold either way)
 * @param receives whether this side plays out what it receives
 * @param transform SRTP or plain
 */
record Negotiation(
    Codec codec,
    int eventPayloadType,
    int eventClockRate,
    InetSocketAddress remoteRtp,
    InetSocketAddress remoteRtcp,
    boolean sends,
    boolean receives,
    PacketTransform transform) {

  int payloadType() {
    return codec.format().payloadType();
  }
}
