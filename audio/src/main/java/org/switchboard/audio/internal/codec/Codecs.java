package org.switchboard.audio.internal.codec;

import java.util.List;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaException;

/** The codecs the engine speaks, and the one factory that makes them. Thread-safe (stateless). */
public final class Codecs {
  private static final List<AudioCodec> SUPPORTED =
      List.of(AudioCodec.OPUS, AudioCodec.G722, AudioCodec.PCMU, AudioCodec.PCMA);

  private Codecs() {}

  /** Every supported format, best first: the order of our SDP offer and answer. */
  public static List<AudioCodec> supported() {
    return SUPPORTED;
  }

  /**
   * A new encoder/decoder pair for {@code negotiated}, matched by name and clock rate and keeping
   * the negotiated payload type. The caller closes it.
   *
   * @throws MediaException naming the format when it is not supported, or when Opus's native
   *     library cannot be loaded
   */
  public static Codec create(AudioCodec negotiated) {
    if (negotiated.sameFormat(AudioCodec.PCMU)) {
      return new G711Codec(negotiated, G711Law.MU_LAW);
    }
    if (negotiated.sameFormat(AudioCodec.PCMA)) {
      return new G711Codec(negotiated, G711Law.A_LAW);
    }
    if (negotiated.sameFormat(AudioCodec.G722)) {
      return new G722Codec(negotiated);
    }
    if (negotiated.sameFormat(AudioCodec.OPUS)) {
      return new OpusCodec(negotiated);
    }
    throw new MediaException(
        "unsupported audio codec "
            + negotiated.encodingName()
            + "/"
            + negotiated.clockRate()
            + " (payload type "
            + negotiated.payloadType()
            + "); supported: opus/48000, G722/8000, PCMU/8000, PCMA/8000");
  }
}
