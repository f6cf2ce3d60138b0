package org.switchboard.core.media;

import java.util.Objects;

/**
 * An RTP payload format.
 *
 * @param encodingName the SDP encoding name, e.g. {@code PCMU}
 * @param clockRate the RTP clock rate in Hz
 * @param payloadType the RTP payload type number
 */
public record AudioCodec(String encodingName, int clockRate, int payloadType) {
  /** G.711 mu-law, static payload type 0. */
  public static final AudioCodec PCMU = new AudioCodec("PCMU", 8000, 0);

  /** G.711 A-law, static payload type 8. */
  public static final AudioCodec PCMA = new AudioCodec("PCMA", 8000, 8);

  /**
   * G.722 wide-band, static payload type 9. Its SDP clock rate is 8000 although it samples at 16
   * kHz (RFC 3551 §4.5.2).
   */
  public static final AudioCodec G722 = new AudioCodec("G722", 8000, 9);

  /** Opus (RFC 7587): always {@code opus/48000/2} in SDP, on the dynamic payload type 111. */
  public static final AudioCodec OPUS = new AudioCodec("opus", 48000, 111);

  /** RFC 4733 telephone events, on the dynamic payload type 101 by convention. */
  public static final AudioCodec TELEPHONE_EVENT = new AudioCodec("telephone-event", 8000, 101);

  public AudioCodec {
    Objects.requireNonNull(encodingName, "encodingName");
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type must be 0-127, was " + payloadType);
    }
  }

  /** Whether {@code other} names the same format (name and clock rate), whatever its number. */
  public boolean sameFormat(AudioCodec other) {
    return encodingName.equalsIgnoreCase(other.encodingName) && clockRate == other.clockRate;
  }
}
