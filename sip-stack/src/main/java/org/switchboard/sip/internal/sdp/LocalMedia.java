package org.switchboard.sip.internal.sdp;

import java.util.List;
import java.util.Objects;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;

/**
 * What our SDP says: where we receive, the formats (with the payload numbers to use), our
 * direction, and the origin's session id and version (RFC 4566 section 5.2: the version grows with
 * every change), how the stream is to be encrypted, and whether we state {@code a=rtcp-mux} (RFC
 * 5761: always in offers; in answers only when the offer had it).
 */
public record LocalMedia(
    MediaEndpoint endpoint,
    List<AudioCodec> codecs,
    MediaDirection direction,
    long sessionId,
    long sessionVersion,
    SdpSecurity security,
    boolean rtcpMux) {
  public LocalMedia {
    Objects.requireNonNull(endpoint, "endpoint");
    codecs = List.copyOf(codecs);
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(security, "security");
  }

  /** Without {@code a=rtcp-mux}. */
  public LocalMedia(
      MediaEndpoint endpoint,
      List<AudioCodec> codecs,
      MediaDirection direction,
      long sessionId,
      long sessionVersion,
      SdpSecurity security) {
    this(endpoint, codecs, direction, sessionId, sessionVersion, security, false);
  }

  /** Plain {@code RTP/AVP}, without {@code a=rtcp-mux}. */
  public LocalMedia(
      MediaEndpoint endpoint,
      List<AudioCodec> codecs,
      MediaDirection direction,
      long sessionId,
      long sessionVersion) {
    this(endpoint, codecs, direction, sessionId, sessionVersion, SdpSecurity.PLAIN, false);
  }
}
