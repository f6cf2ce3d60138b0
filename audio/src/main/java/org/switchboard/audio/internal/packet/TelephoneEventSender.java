package org.switchboard.audio.internal.packet;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Sends queued DTMF digits as RFC 4733 telephone events, one packet per 20 ms tick: each digit is
 * 100 ms of tone (five packets with the same RTP timestamp, the first with the marker bit, the
 * duration growing by one tick each), the last of them with the E bit and sent three times in all
 * (RFC 4733 §2.5.1.4), then at least 80 ms without events before the next digit (ITU-T Q.24's 70 ms
 * pause, rounded up to whole ticks). The volume is 10 (−10 dBm0).
 *
 * <p>{@link #queue} may be called from any thread (it is {@code sip-events} in practice); {@link
 * #tick} and the accessors of the packet it produced belong to {@code switchboard-media-clock}.
 */
public final class TelephoneEventSender {
  static final int TONE_TICKS = 5;
  static final int END_PACKETS = 3;
  static final int GAP_TICKS = 4;
  static final int VOLUME = 10;

  private final int ticksDuration;
  private final Queue<Character> digits = new ConcurrentLinkedQueue<>();

  /** Ticks since the current digit began: 1-5 tone, 6-7 end retransmissions, to 9 the gap. */
  private int tickInDigit;

  private int event;
  private long eventTimestamp;
  private boolean marker;

  /**
   * @param clockRate the negotiated telephone-event clock rate (8000, or 48000 next to Opus)
   */
  public TelephoneEventSender(int clockRate) {
    if (clockRate <= 0 || clockRate % 50 != 0) {
      throw new IllegalArgumentException(
          "clock rate must be a positive multiple of 50 Hz: " + clockRate);
    }
    this.ticksDuration = clockRate / 50;
  }

  /**
   * Queues digits to send after those already queued.
   *
   * @param dtmf digits 0-9, *, #, A-D (case-insensitive)
   * @throws IllegalArgumentException naming the first character that is not a DTMF digit; then
   *     nothing is queued
   */
  public void queue(String dtmf) {
    for (int i = 0; i < dtmf.length(); i++) {
      if (TelephoneEvents.code(dtmf.charAt(i)) < 0) {
        throw new IllegalArgumentException(
            "not a DTMF digit: '" + dtmf.charAt(i) + "' at " + i + " (use 0-9, *, #, A-D)");
      }
    }
    for (int i = 0; i < dtmf.length(); i++) {
      digits.add(Character.toUpperCase(dtmf.charAt(i)));
    }
  }

  /** Whether a digit is being sent or waits in the queue. Called on the clock thread. */
  public boolean busy() {
    return tickInDigit > 0 || !digits.isEmpty();
  }

  /**
   * Advances by one 20 ms tick and writes this tick's event payload, if any, at {@code offset}.
   * When it returns a length, the engine sends that payload (on the telephone-event payload type,
   * with {@link #marker()} and {@link #timestamp()}) instead of this tick's audio packet.
   *
   * @param rtpTimestamp the RTP timestamp this tick's audio would have; a new event starts there
   * @return the payload length (4), or 0 when no event packet is due this tick
   */
  public int tick(long rtpTimestamp, byte[] out, int offset) {
    if (tickInDigit == 0) {
      Character next = digits.poll();
      if (next == null) {
        return 0;
      }
      event = TelephoneEvents.code(next);
      eventTimestamp = rtpTimestamp & 0xffff_ffffL;
    }
    tickInDigit++;
    int tick = tickInDigit;
    if (tick >= TONE_TICKS + GAP_TICKS) {
      tickInDigit = 0;
    }
    if (tick > TONE_TICKS + END_PACKETS - 1) {
      return 0;
    }
    marker = tick == 1;
    boolean end = tick >= TONE_TICKS;
    int duration = Math.min(tick, TONE_TICKS) * ticksDuration;
    out[offset] = (byte) event;
    out[offset + 1] = (byte) ((end ? 0x80 : 0) | VOLUME);
    NetworkOrder.put16(out, offset + 2, duration);
    return TelephoneEvents.PAYLOAD_LENGTH;
  }

  /** Whether the packet of the last {@link #tick} starts its event (RTP marker bit). */
  public boolean marker() {
    return marker;
  }

  /** The RTP timestamp of the packet of the last {@link #tick}: where its event began. */
  public long timestamp() {
    return eventTimestamp;
  }
}
