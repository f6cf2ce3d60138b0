package org.switchboard.audio.internal.packet;

import java.time.Duration;

/**
 * An estimated mean opinion score from the ITU-T G.107 E-model in the simplified form common in
 * VoIP monitoring: R = 93.2 − Id − Ie,eff, where 93.2 is G.107's rating with all other parameters
 * at their defaults (no echo, noise or loudness impairment beyond the default).
 *
 * <ul>
 *   <li>Ie,eff = Ie + (95 − Ie) · Ppl / (Ppl / BurstR + Bpl), from G.107 §3.4, with the loss
 *       percentage Ppl and the burst ratio BurstR (1 for random loss);
 *   <li>Id = 0.024·d + 0.11·(d − 177.3)·H(d − 177.3) for the one-way mouth-to-ear delay d in ms,
 *       the linear fit of G.107's delay impairment by Cole and Rosenbluth (ACM SIGCOMM CCR 31(2),
 *       2001), assuming echo is cancelled;
 *   <li>MOS = 1 + 0.035·R + R·(R − 60)·(100 − R)·7·10⁻⁶ (G.107 Annex B), clamped to 1.0–4.5 as
 *       {@code CallQuality} expects.
 * </ul>
 *
 * <p>Stateless; any thread.
 */
public final class EModel {
  /** G.107's rating with every parameter at its default. */
  public static final double DEFAULT_R = 93.2;

  /** The audio one packet carries, in ms: it waits this long to fill before it is sent. */
  static final double FRAME_MILLIS = 20;

  private EModel() {}

  /**
   * The estimated MOS of a call from what the engine measures, with random loss (burst ratio 1).
   *
   * @param lossPercent packets lost in the last interval, 0 to 100
   * @param roundTrip the RTCP round trip, {@link Duration#ZERO} when not yet known
   * @param jitterBufferMillis the jitter buffer's current delay
   */
  public static double estimate(
      CodecImpairment codec, double lossPercent, Duration roundTrip, double jitterBufferMillis) {
    return mos(codec, lossPercent, 1, oneWayDelayMillis(codec, roundTrip, jitterBufferMillis));
  }

  /**
   * The estimated MOS of a call.
   *
   * @param lossPercent packets lost, 0 to 100 (values outside are clamped)
   * @param burstRatio 1 for random loss, above 1 when losses come in bursts
   * @param oneWayDelayMillis mouth-to-ear delay, see {@link #oneWayDelayMillis}
   * @return 1.0 to 4.5
   */
  public static double mos(
      CodecImpairment codec, double lossPercent, double burstRatio, double oneWayDelayMillis) {
    return mosOf(rating(codec, lossPercent, burstRatio, oneWayDelayMillis));
  }

  /** The transmission rating R (0 to 93.2 here). */
  public static double rating(
      CodecImpairment codec, double lossPercent, double burstRatio, double oneWayDelayMillis) {
    double r =
        DEFAULT_R
            - delayImpairment(oneWayDelayMillis)
            - effectiveEquipmentImpairment(codec, lossPercent, burstRatio);
    return Math.max(0, r);
  }

  /** Ie,eff of G.107 §3.4 for a loss percentage and burst ratio. */
  public static double effectiveEquipmentImpairment(
      CodecImpairment codec, double lossPercent, double burstRatio) {
    double ppl = Math.min(Math.max(lossPercent, 0), 100);
    double burst = Math.max(burstRatio, 1);
    double ie = codec.equipmentImpairment();
    return ie + (95 - ie) * ppl / (ppl / burst + codec.lossRobustness());
  }

  /** Id for a one-way delay in ms (Cole and Rosenbluth's fit of G.107). */
  public static double delayImpairment(double oneWayDelayMillis) {
    double d = Math.max(oneWayDelayMillis, 0);
    double beyondKnee = Math.max(d - 177.3, 0);
    return 0.024 * d + 0.11 * beyondKnee;
  }

  /** MOS from R (G.107 Annex B), clamped to 1.0–4.5; a NaN rating (from NaN inputs) gives 1.0. */
  public static double mosOf(double rating) {
    if (Double.isNaN(rating) || rating <= 0) {
      return 1.0;
    }
    if (rating >= 100) {
      return 4.5;
    }
    double mos = 1 + 0.035 * rating + rating * (rating - 60) * (100 - rating) * 7e-6;
    return Math.min(Math.max(mos, 1.0), 4.5);
  }

  /**
   * The one-way delay we can see: half the RTCP round trip (the network), the jitter buffer, the 20
   * ms frame and the codec's look-ahead. Sound-card buffers are not known and not counted.
   */
  public static double oneWayDelayMillis(
      CodecImpairment codec, Duration roundTrip, double jitterBufferMillis) {
    double network = roundTrip.toNanos() / 2e6;
    return network + Math.max(jitterBufferMillis, 0) + FRAME_MILLIS + codec.lookAheadMillis();
  }
}
