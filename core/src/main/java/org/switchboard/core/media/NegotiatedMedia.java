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
 */
public record NegotiatedMedia(
    MediaEndpoint remote,
    AudioCodec codec,
    @Nullable AudioCodec telephoneEvent,
    MediaDirection direction) {
  public NegotiatedMedia {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(direction, "direction");
  }
}
