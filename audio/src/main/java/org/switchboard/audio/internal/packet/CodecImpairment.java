package org.switchboard.audio.internal.packet;

import java.util.Locale;
import org.switchboard.core.media.AudioCodec;

/**
 * A codec's figures for the E-model, on the narrowband (G.107) scale: its equipment impairment Ie,
 * its packet-loss robustness Bpl, and the look-ahead it adds to the one-way delay.
 *
 * <p>G.711 (PCMU, PCMA) comes from ITU-T G.113 Appendix I: Ie 0 and Bpl 25.1 with packet-loss
 * concealment, which the engine always applies to a lost frame. G.722 and Opus have published
 * values only on the wideband scale of G.107.1, which does not mix with G.107's 93.2 ceiling; on
 * the narrowband scale both are at least as good as G.711 without loss, and Ie cannot go below 0.
 * We therefore give them G.711's figures: conservative (the estimate never credits their wider
 * band), and comparable across codecs, so a supervisor comparing calls sees network problems, not
 * codec choices. Opus adds its 6.5 ms encoder look-ahead (RFC 6716 §2: 26.5 ms algorithmic delay
 * for 20 ms frames); G.711 and G.722 add none worth counting.
 */
public enum CodecImpairment {
  G711(0, 25.1, 0),
  G722(0, 25.1, 0),
  OPUS(0, 25.1, 6.5);

  private final double equipmentImpairment;
  private final double lossRobustness;
  private final double lookAheadMillis;

  CodecImpairment(double equipmentImpairment, double lossRobustness, double lookAheadMillis) {
    this.equipmentImpairment = equipmentImpairment;
    this.lossRobustness = lossRobustness;
    this.lookAheadMillis = lookAheadMillis;
  }

  /**
   * The figures for a negotiated payload format, by its encoding name.
   *
   * @throws IllegalArgumentException for a format the engine does not encode (e.g. telephone-event)
   */
  public static CodecImpairment of(AudioCodec codec) {
    switch (codec.encodingName().toUpperCase(Locale.ROOT)) {
      case "PCMU":
      case "PCMA":
        return G711;
      case "G722":
        return G722;
      case "OPUS":
        return OPUS;
      default:
        throw new IllegalArgumentException(
            "no E-model figures for codec "
                + codec.encodingName()
                + "; expected PCMU, PCMA, G722 or opus");
    }
  }

  /** Ie: the impairment the codec adds with no loss. */
  public double equipmentImpairment() {
    return equipmentImpairment;
  }

  /** Bpl: how well the codec and its concealment bear random packet loss. */
  public double lossRobustness() {
    return lossRobustness;
  }

  /** The encoder's look-ahead in milliseconds, on top of the 20 ms frame. */
  public double lookAheadMillis() {
    return lookAheadMillis;
  }
}
