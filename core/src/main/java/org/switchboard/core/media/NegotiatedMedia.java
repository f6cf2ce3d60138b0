package org.switchboard.core.media;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an SDP offer/answer for the audio stream, from this side's point of view.
 *
 * @param remote where to send RTP
 * @param codec the codec both sides agreed on, with the payload type to send
 * @param telephoneEvent the agreed RFC 4733 payload, or null when the peer offered none
 * @param direction this side's direction (e.g. {@code SENDONLY} while this side holds)
 * @param security how the stream is encrypted ({@link MediaSecurity#NONE} for plain RTP)
 * @param rtcpMux whether RTCP shares the RTP port both ways (RFC 5761 {@code a=rtcp-mux} offered
 *     and answered); otherwise RTCP goes to the RTP port + 1
 */
public record NegotiatedMedia(
    MediaEndpoint remote,
    AudioCodec codec,
    @Nullable AudioCodec telephoneEvent,
    MediaDirection direction,
    MediaSecurity security,
    boolean rtcpMux) {
  public NegotiatedMedia {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(security, "security");
  }

  /** A stream with RTCP on its own port. */
  public NegotiatedMedia(
      MediaEndpoint remote,
      AudioCodec codec,
      @Nullable AudioCodec telephoneEvent,
      MediaDirection direction,
      MediaSecurity security) {
    this(remote, codec, telephoneEvent, direction, security, false);
  }

  /** An unencrypted stream with RTCP on its own port. */
  public NegotiatedMedia(
      MediaEndpoint remote,
      AudioCodec codec,
      @Nullable AudioCodec telephoneEvent,
      MediaDirection direction) {
    this(remote, codec, telephoneEvent, direction, MediaSecurity.NONE, false);
  }
}
