package org.switchboard.sip.internal.sdp;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;

/**
 * The audio stream a peer described in its SDP.
 *
 * @param endpoint where the peer receives RTP
 * @param codecs its audio formats in its order of preference, telephone-event excluded
 * @param telephoneEvent its RFC 4733 format, if any
 * @param direction the direction it stated, from its side ({@code a=sendonly} etc.)
 * @param holdAddress whether it gave the RFC 2543 hold address {@code 0.0.0.0}
 * @param security its m-line's profile and its crypto, fingerprint and setup attributes
 * @param rtcpMux whether its audio stream has {@code a=rtcp-mux} (RFC 5761)
 */
public record RemoteMedia(
    MediaEndpoint endpoint,
    List<AudioCodec> codecs,
    @Nullable AudioCodec telephoneEvent,
    MediaDirection direction,
    boolean holdAddress,
    SdpSecurity security,
    boolean rtcpMux) {
  public RemoteMedia {
    Objects.requireNonNull(endpoint, "endpoint");
    codecs = List.copyOf(codecs);
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(security, "security");
  }

  /** A stream without {@code a=rtcp-mux}. */
  public RemoteMedia(
      MediaEndpoint endpoint,
      List<AudioCodec> codecs,
      @Nullable AudioCodec telephoneEvent,
      MediaDirection direction,
      boolean holdAddress,
      SdpSecurity security) {
    this(endpoint, codecs, telephoneEvent, direction, holdAddress, security, false);
  }

  /** A plain {@code RTP/AVP} stream without {@code a=rtcp-mux}. */
  public RemoteMedia(
      MediaEndpoint endpoint,
      List<AudioCodec> codecs,
      @Nullable AudioCodec telephoneEvent,
      MediaDirection direction,
      boolean holdAddress) {
    this(endpoint, codecs, telephoneEvent, direction, holdAddress, SdpSecurity.PLAIN, false);
  }

  /**
   * Whether the peer, by this description, puts the stream on hold (sends nothing to us or we may
   * send nothing).
   */
  public boolean holds() {
    return holdAddress || !direction.receives();
  }
}
