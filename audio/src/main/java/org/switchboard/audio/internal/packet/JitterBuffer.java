package org.switchboard.audio.internal.packet;

import java.util.Arrays;

/**
 * Holds received packets until their turn, so that uneven arrival becomes an even 20 ms playout. It
 * counts in sequence numbers and assumes every packet carries 20 ms (the engine negotiates ptime
 * 20); the timestamps serve only to measure jitter.
 *
 * <p>Playout starts once the target delay is buffered; the target follows the measured jitter
 * (three times the RFC 3550 interarrival jitter plus one frame, rounded up to whole frames, between
 * 40 and 200 ms). While playing, it slips one frame (a concealed frame, playout held back) when the
 * buffer is more than a frame short of the target, and skips one when it holds more than two frames
 * beyond, at most once per 100 ms each. Late and duplicate packets are dropped; sequence numbers
 * wrap; a jump beyond the buffer's reach, a new SSRC or {@link #reset} starts over. When it runs
 * dry it plays {@link #NOTHING} and refills to the target before playing again.
 *
 * <p>Memory is bounded: {@value #SLOTS} slots (1.28 s) whose payload arrays are reused, so steady
 * playout allocates nothing. Thread-safe (guarded by this object): {@link #put} is called on {@code
 * switchboard-rtp-receive}, {@link #take} every 20 ms on {@code switchboard-media-clock}.
 */
public final class JitterBuffer {
  /** {@link #take} result: the next packet is missing; conceal one frame. */
  public static final int LOST = -1;

  /** {@link #take} result: nothing to play (before playout starts, or the buffer ran dry). */
  public static final int NOTHING = -2;

  /** The largest payload kept; larger ones are dropped. */
  public static final int MAX_PAYLOAD = 1500;

  static final int FRAME_MILLIS = 20;
  static final int MIN_DELAY_MILLIS = 40;
  static final int MAX_DELAY_MILLIS = 200;
  static final int SLOTS = 64;

  /** Takes between two slips or skips (100 ms). */
  static final int ADAPT_EVERY = 5;

  private final double unitsPerMilli;
  private final byte[][] payloads = new byte[SLOTS][];
  private final int[] lengths = new int[SLOTS];
  private final long[] sequences = new long[SLOTS];
  private final JitterEstimate jitter = new JitterEstimate();

  private boolean started;
  private boolean playing;
  private boolean played;
  private long ssrc;
  private long nextSequence;
  private long highestSequence;
  private int takesSinceAdapt;
  private int delayMillis;
  private long malformed;
  private long late;
  private long duplicates;
  private long restarts;
  private long lost;
  private long underruns;
  private long slips;
  private long skips;

  /**
   * @param clockRate the RTP clock rate of the payload format in Hz, as negotiated ({@code
   *     AudioCodec.clockRate()}), to measure jitter
   */
  public JitterBuffer(int clockRate) {
    if (clockRate <= 0) {
      throw new IllegalArgumentException("clock rate must be positive, was " + clockRate);
    }
    this.unitsPerMilli = clockRate / 1000.0;
    clear();
  }

  /**
   * Offers one received packet's payload (copied; the caller may reuse {@code buf}).
   *
   * @param arrivalNanos its arrival on a monotonic clock, for the jitter
   * @return whether it was kept: false for late, duplicate or oversized packets
   */
  public synchronized boolean put(
      long ssrc,
      int sequence,
      long timestamp,
      long arrivalNanos,
      byte[] buf,
      int offset,
      int length) {
    if (offset < 0 || length < 0 || length > MAX_PAYLOAD || offset > buf.length - length) {
      malformed++;
      return false;
    }
    if (started && ssrc != this.ssrc) {
      clear();
    }
    if (!started) {
      start(ssrc, sequence);
    }
    long extended = extend(sequence);
    jitter.update(timestamp, arrivalNanos, unitsPerMilli);
    if (extended < nextSequence && (played || !reachesBack(extended))) {
      late++;
      return false;
    }
    if (extended - nextSequence >= SLOTS) {
      restarts++;
      clear();
      start(ssrc, sequence);
      extended = nextSequence;
    }
    int slot = slot(extended);
    if (sequences[slot] == extended) {
      duplicates++;
      return false;
    }
    store(slot, extended, buf, offset, length);
    return true;
  }

  private void start(long ssrc, int sequence) {
    started = true;
    this.ssrc = ssrc;
    // Far from zero, so that packets reordered before the first one still extend to >= 0.
    nextSequence = (1L << 20) + (sequence & 0xffff);
    highestSequence = nextSequence - 1;
  }

  /** The full sequence number nearest to the next one to play (16-bit wrap undone). */
  private long extend(int sequence) {
    short delta = (short) (sequence - (int) nextSequence);
    return nextSequence + delta;
  }

  /** Before playout has begun, an earlier packet moves the start back if all still fits. */
  private boolean reachesBack(long extended) {
    if (highestSequence - extended >= SLOTS) {
      return false;
    }
    nextSequence = extended;
    return true;
  }

  private void store(int slot, long extended, byte[] buf, int offset, int length) {
    byte[] payload = payloads[slot];
    if (payload == null || payload.length < length) {
      payload = new byte[Math.max(length, 256)];
      payloads[slot] = payload;
    }
    System.arraycopy(buf, offset, payload, 0, length);
    lengths[slot] = length;
    sequences[slot] = extended;
    highestSequence = Math.max(highestSequence, extended);
  }

  /**
   * The next 20 ms of playout. Call every 20 ms.
   *
   * @param out receives the payload; at least {@link #MAX_PAYLOAD} bytes
   * @return the payload's length, {@link #LOST} or {@link #NOTHING}
   */
  public synchronized int take(byte[] out) {
    int depth = started ? (int) (highestSequence - nextSequence + 1) : 0;
    delayMillis = Math.max(depth, 0) * FRAME_MILLIS;
    int target = targetDelayMillis();
    if (!playing && (depth <= 0 || depth * FRAME_MILLIS < target)) {
      return NOTHING;
    }
    if (depth <= 0) {
      playing = false;
      underruns++;
      return NOTHING;
    }
    playing = true;
    played = true;
    takesSinceAdapt++;
    if (takesSinceAdapt >= ADAPT_EVERY) {
      if (depth * FRAME_MILLIS < target - FRAME_MILLIS) {
        takesSinceAdapt = 0;
        slips++;
        return LOST;
      }
      if (depth * FRAME_MILLIS > target + 2 * FRAME_MILLIS) {
        takesSinceAdapt = 0;
        skips++;
        release(slot(nextSequence), nextSequence);
        nextSequence++;
      }
    }
    return playNext(out);
  }

  private int playNext(byte[] out) {
    long sequence = nextSequence++;
    int slot = slot(sequence);
    if (sequences[slot] != sequence) {
      lost++;
      return LOST;
    }
    int length = lengths[slot];
    System.arraycopy(payloads[slot], 0, out, 0, length);
    release(slot, sequence);
    return length;
  }

  private void release(int slot, long sequence) {
    if (sequences[slot] == sequence) {
      sequences[slot] = -1;
    }
  }

  private static int slot(long extended) {
    return (int) Math.floorMod(extended, (long) SLOTS);
  }

  /** Forgets every packet and the jitter measured, for a new source or a re-negotiation. */
  public synchronized void reset() {
    clear();
  }

  private void clear() {
    Arrays.fill(sequences, -1);
    started = false;
    playing = false;
    played = false;
    takesSinceAdapt = 0;
    jitter.reset();
  }

  /** The delay the buffer aims at now, in ms (40 to 200). */
  public synchronized int targetDelayMillis() {
    double wanted = 3 * jitter.millis() + FRAME_MILLIS;
    int frames = (int) Math.ceil(wanted / FRAME_MILLIS);
    return Math.max(MIN_DELAY_MILLIS, Math.min(MAX_DELAY_MILLIS, frames * FRAME_MILLIS));
  }

  /** The audio buffered ahead of playout at the last {@link #take}, in ms: its share of delay. */
  public synchronized int delayMillis() {
    return delayMillis;
  }

  /** The interarrival jitter it measured, in ms. */
  public synchronized double jitterMillis() {
    return jitter.millis();
  }

  /** A copy of its counters, for logs and tests. */
  public synchronized JitterBufferCounts counts() {
    return new JitterBufferCounts(
        malformed, late, duplicates, restarts, lost, underruns, slips, skips);
  }
}
