package org.switchboard.audio.internal.engine;

/** Where a call's RTCP travels, decided by the negotiation (ADR 23, RTCP multiplexing). */
enum RtcpRoute {
  /** On the RTCP channel, to the peer's RTP port + 1 (RFC 3550). */
  OWN_PORT,
  /** On the RTP channel, to the peer's RTP port (RFC 5761 {@code a=rtcp-mux}). */
  MUXED,
  /**
   * Not at all: DTLS-SRTP without multiplexing would need a second handshake on the RTCP port for
   * the RTCP keys (RFC 5764 section 4.1), which we do not run. Reports from the peer on the RTCP
   * port are dropped; quality is still estimated from what we receive.
   */
  NONE;

  /** The route for a call that multiplexes or not, and is keyed by DTLS or not. */
  static RtcpRoute of(boolean rtcpMux, boolean dtls) {
    if (rtcpMux) {
      return MUXED;
    }
    return dtls ? NONE : OWN_PORT;
  }
}
