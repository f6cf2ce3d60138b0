package org.switchboard.audio.internal.packet;

/**
 * The interarrival jitter of RFC 3550 §6.4.1 in milliseconds, for the jitter buffer's target: J +=
 * (|D| − J) / 16, where D is how much later (or sooner) a packet came than its timestamp said
 * relative to the one before. A step over one second is a discontinuity (a sender restart, a long
 * silence with a clock jump), not jitter, and is skipped. Not thread-safe; its owner guards it.
 */
final class JitterEstimate {
  private static final double DISCONTINUITY_MILLIS = 1000;

  private boolean havePrevious;
  private long previousTimestamp;
  private long previousArrivalNanos;
  private double jitterMillis;

  void update(long timestamp, long arrivalNanos, double unitsPerMilli) {
    if (havePrevious) {
      double mediaMillis = (int) (timestamp - previousTimestamp) / unitsPerMilli;
      double arrivalMillis = (arrivalNanos - previousArrivalNanos) / 1e6;
      double difference = Math.abs(arrivalMillis - mediaMillis);
      if (difference < DISCONTINUITY_MILLIS) {
        jitterMillis += (difference - jitterMillis) / 16;
      }
    }
    havePrevious = true;
    previousTimestamp = timestamp;
    previousArrivalNanos = arrivalNanos;
  }

  double millis() {
    return jitterMillis;
  }

  void reset() {
    havePrevious = false;
    jitterMillis = 0;
  }
}
