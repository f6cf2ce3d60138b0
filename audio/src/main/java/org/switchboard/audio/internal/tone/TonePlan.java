package org.switchboard.audio.internal.tone;

import org.switchboard.core.media.CallTone;

/**
 * The national tone plans the network tones follow: how ringback, busy, congestion and call waiting
 * sound. The ringtone and the zip tone are the softphone's own and the same in every plan.
 */
public enum TonePlan {
  /** ITU-T E.180 / CEPT (Europe and most of the world): 425 Hz. The default. */
  CEPT {
    @Override
    ToneSpec networkTone(CallTone tone) {
      switch (tone) {
        case RINGBACK:
          return ToneSpec.single(425, true, 1000, 4000);
        case BUSY:
          return ToneSpec.single(425, true, 500, 500);
        case ERROR:
          return ToneSpec.single(425, true, 200, 200); // congestion
        case CALL_WAITING:
          return ToneSpec.single(425, false, 200, 200, 200);
        default:
          throw new IllegalArgumentException("not a network tone: " + tone);
      }
    }
  },

  /** North American precise tone plan (ANSI T1.401). */
  NORTH_AMERICAN {
    @Override
    ToneSpec networkTone(CallTone tone) {
      switch (tone) {
        case RINGBACK:
          return ToneSpec.dual(440, 480, true, 2000, 4000);
        case BUSY:
          return ToneSpec.dual(480, 620, true, 500, 500);
        case ERROR:
          return ToneSpec.dual(480, 620, true, 250, 250); // reorder ("fast busy")
        case CALL_WAITING:
          return ToneSpec.single(440, false, 300);
        default:
          throw new IllegalArgumentException("not a network tone: " + tone);
      }
    }
  };

  /** Our ring: a major third (C5 and E5) together, 2 s on, 4 s off. */
  private static final ToneSpec RINGTONE = ToneSpec.dual(523.25, 659.25, true, 2000, 4000);

  /** The auto-answer "zip": two 60 ms beeps 30 ms apart, short enough not to hide a greeting. */
  private static final ToneSpec ZIP = ToneSpec.single(880, false, 60, 30, 60);

  /** How {@code tone} sounds in this plan. */
  public ToneSpec spec(CallTone tone) {
    switch (tone) {
      case RINGTONE:
        return RINGTONE;
      case ZIP:
        return ZIP;
      default:
        return networkTone(tone);
    }
  }

  abstract ToneSpec networkTone(CallTone tone);
}
