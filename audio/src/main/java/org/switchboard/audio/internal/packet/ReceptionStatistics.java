package org.switchboard.audio.internal.packet;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What we receive from the peer's source, for our RTCP report blocks and the call's quality:
 * sequence tracking with wrap, probation of a new source and restart after a large jump (RFC 3550
 * A.1), expected and lost packets (A.3), interarrival jitter (A.8), and the LSR/DLSR of the last
 * sender report (§6.4.1). A packet from another SSRC starts the count afresh.
 *
 * <p>Thread-safe (guarded by this object): {@link #onRtp} and {@link #onSenderReport} are called on
 * {@code switchboard-rtp-receive}, {@link #report} on {@code switchboard-media-clock}.
 */
public final class ReceptionStatistics {
  /** Packets in sequence before a new source counts as valid. */
  static final int MIN_SEQUENTIAL = 2;

  /** A jump forward up to this is a gap of lost packets; further is suspect. */
  static final int MAX_DROPOUT = 3000;

  /** A step back up to this is a late or duplicated packet; further is suspect. */
  static final int MAX_MISORDER = 100;

  private static final int SEQ_MOD = 1 << 16;

  private final int clockRate;

  private boolean haveSource;
  private long ssrc;
  private int probation;
  private int maxSeq;
  private long cycles;
  private int baseSeq;
  private int badSeq;
  private long received;
  private long expectedPrior;
  private long receivedPrior;

  private long firstArrivalNanos;
  private boolean haveTransit;
  private int lastTransit;
  private long jitterTimes16;

  private long lastSenderReport;
  private long senderReportArrivalNanos;

  /**
   * @param clockRate the RTP clock rate of the received payload format in Hz, as negotiated ({@code
   *     AudioCodec.clockRate()}: 8000 for G.722 too, 48000 for Opus)
   */
  public ReceptionStatistics(int clockRate) {
    if (clockRate <= 0) {
      throw new IllegalArgumentException("clock rate must be positive, was " + clockRate);
    }
    this.clockRate = clockRate;
  }

  /**
   * Counts one received RTP packet.
   *
   * @param arrivalNanos its arrival on a monotonic clock ({@link System#nanoTime()})
   * @return whether it counted: false while a new source is on probation and for a packet after a
   *     suspicious jump (the jitter buffer should skip those too)
   */
  public synchronized boolean onRtp(long ssrc, int sequence, long timestamp, long arrivalNanos) {
    if (!haveSource || ssrc != this.ssrc) {
      startSource(ssrc, sequence, arrivalNanos);
    }
    if (!updateSequence(sequence & 0xffff)) {
      return false;
    }
    updateJitter(timestamp, arrivalNanos);
    return true;
  }

  private void startSource(long ssrc, int sequence, long arrivalNanos) {
    haveSource = true;
    this.ssrc = ssrc;
    restartSequence(sequence & 0xffff);
    maxSeq = (sequence - 1) & 0xffff;
    probation = MIN_SEQUENTIAL;
    firstArrivalNanos = arrivalNanos;
    haveTransit = false;
    jitterTimes16 = 0;
    lastSenderReport = 0;
  }

  private void restartSequence(int sequence) {
    baseSeq = sequence;
    maxSeq = sequence;
    badSeq = SEQ_MOD + 1; // matches no sequence number
    cycles = 0;
    received = 0;
    receivedPrior = 0;
    expectedPrior = 0;
  }

  /** RFC 3550 A.1, in our words: probation, in-order steps with wrap, jumps, and misorder. */
  private boolean updateSequence(int sequence) {
    int forward = (sequence - maxSeq) & 0xffff;
    if (probation > 0) {
      boolean next = sequence == ((maxSeq + 1) & 0xffff);
      probation = next ? probation - 1 : MIN_SEQUENTIAL - 1;
      maxSeq = sequence;
      if (!next || probation > 0) {
        return false;
      }
      restartSequence(sequence);
    } else if (forward < MAX_DROPOUT) {
      if (sequence < maxSeq) {
        cycles += SEQ_MOD;
      }
      maxSeq = sequence;
    } else if (forward <= SEQ_MOD - MAX_MISORDER) {
      if (sequence != badSeq) {
        badSeq = (sequence + 1) & 0xffff;
        return false;
      }
      restartSequence(sequence); // two in a row after the jump: the sender restarted
    }
    received++;
    return true;
  }

  /** RFC 3550 A.8: J += (|D| - J) / 16, kept times 16 in integer timestamp units. */
  private void updateJitter(long timestamp, long arrivalNanos) {
    long arrivalUnits = (arrivalNanos - firstArrivalNanos) / 1000 * clockRate / 1_000_000;
    int transit = (int) (arrivalUnits - timestamp);
    if (haveTransit) {
      long difference = Math.abs((long) transit - lastTransit);
      jitterTimes16 += difference - ((jitterTimes16 + 8) >> 4);
    }
    lastTransit = transit;
    haveTransit = true;
  }

  /**
   * Notes a sender report from the peer, for the LSR and DLSR of our next report block.
   *
   * @param ntpTimestamp the report's 64-bit NTP time
   * @param arrivalNanos when it arrived, on the same clock as {@link #onRtp}
   */
  public synchronized void onSenderReport(long ntpTimestamp, long arrivalNanos) {
    lastSenderReport = NtpTime.middle32(ntpTimestamp);
    senderReportArrivalNanos = arrivalNanos;
  }

  /**
   * The report block about the peer's source, and the start of a new reporting interval (the
   * fraction lost counts from the previous call).
   *
   * @param nowNanos the time now, on the same clock as {@link #onRtp}
   * @return the block, or null before any packet has counted
   */
  public synchronized @Nullable ReportBlock report(long nowNanos) {
    if (!haveSource || received == 0) {
      return null;
    }
    long expected = expected();
    long expectedInterval = expected - expectedPrior;
    long lostInterval = expectedInterval - (received - receivedPrior);
    expectedPrior = expected;
    receivedPrior = received;
    int fraction =
        expectedInterval == 0 || lostInterval <= 0
            ? 0
            : (int) ((lostInterval << 8) / expectedInterval);
    long delay =
        lastSenderReport == 0
            ? 0
            : Math.min(NtpTime.toShortUnits(nowNanos - senderReportArrivalNanos), 0xffff_ffffL);
    return new ReportBlock(
        ssrc,
        Math.min(fraction, 255),
        cumulativeLost(),
        (cycles + maxSeq) & 0xffff_ffffL,
        jitterTimes16 >> 4,
        lastSenderReport,
        delay);
  }

  private long expected() {
    return cycles + maxSeq - baseSeq + 1;
  }

  /** Lost since the start, clamped to the signed 24 bits of the wire (RFC 3550 A.3). */
  public synchronized int cumulativeLost() {
    if (!haveSource || received == 0) {
      return 0;
    }
    long lost = expected() - received;
    return (int) Math.max(-0x800000, Math.min(0x7fffff, lost));
  }

  /** Packets counted since the source (re)started. */
  public synchronized long received() {
    return received;
  }

  /** The interarrival jitter in RTP timestamp units. */
  public synchronized long jitterUnits() {
    return jitterTimes16 >> 4;
  }

  /** The interarrival jitter in milliseconds. */
  public synchronized double jitterMillis() {
    return (jitterTimes16 >> 4) * 1000.0 / clockRate;
  }

  /** The interarrival jitter as a duration (to the microsecond). */
  public synchronized Duration jitter() {
    return Duration.ofNanos((jitterTimes16 >> 4) * 1_000_000L / clockRate * 1000L);
  }
}
