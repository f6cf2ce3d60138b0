package org.switchboard.app.call;

import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallQuality;

/** The call-quality indicator's texts. Used on the JavaFX application thread. */
final class QualityTexts {
  private QualityTexts() {}

  /** "Good", "Fair" or "Poor"; empty without a measure. */
  static String grade(CallQuality.@Nullable Grade grade, Localizer text) {
    if (grade == null) {
      return "";
    }
    switch (grade) {
      case GOOD:
        return text.get("callpanel.quality.good");
      case FAIR:
        return text.get("callpanel.quality.fair");
      default:
        return text.get("callpanel.quality.poor");
    }
  }

  /** "MOS 4.2 · loss 0.5 % · jitter 12 ms · round trip 40 ms"; empty without a measure. */
  static String detail(@Nullable CallQuality quality, Localizer text) {
    if (quality == null) {
      return "";
    }
    return text.get(
        quality.roundTrip().isZero() ? "callpanel.quality.detail" : "callpanel.quality.detailRtt",
        quality.mos(),
        quality.lossPercent(),
        quality.jitter().toMillis(),
        quality.roundTrip().toMillis());
  }
}
