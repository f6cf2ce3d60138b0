package org.switchboard.audio.internal.packet;

/**
 * Recognises DTMF digits in received RFC 4733 telephone-event payloads and reports each digit once.
 * One event is one RTP timestamp: the first packet seen of it reports the digit (so losing the
 * first packets or the end packets loses nothing), and every later packet with that timestamp or an
 * older one (updates, end retransmissions, stragglers of the previous digit) is ignored. Non-DTMF
 * events (flash, tones) and short payloads are ignored.
 *
 * <p>Not thread-safe: used on {@code switchboard-rtp-receive} only. Call {@link #reset} when the
 * sender's SSRC changes, because its timestamps start elsewhere.
 */
public final class TelephoneEventReceiver {
  /** What {@link #onPayload} returns when there is no new digit. */
  public static final char NONE = '\0';

  private boolean haveEvent;
  private long lastTimestamp;
  private int lastCode;
  private int lastDuration;
  private boolean lastEnded;

  /**
   * Reads one telephone-event payload.
   *
   * @param rtpTimestamp the packet's RTP timestamp (the event's start)
   * @return the digit ('0'-'9', '*', '#', 'A'-'D') when this packet begins a new event, else {@link
   *     #NONE}
   */
  public char onPayload(long rtpTimestamp, byte[] buf, int offset, int length) {
    if (offset < 0 || length < TelephoneEvents.PAYLOAD_LENGTH || offset > buf.length - length) {
      return NONE;
    }
    int code = buf[offset] & 0xff;
    if (!TelephoneEvents.isDtmf(code)) {
      return NONE;
    }
    long timestamp = rtpTimestamp & 0xffff_ffffL;
    // Serial-number order (RFC 1982): a timestamp up to 2^31 behind the last one is old.
    int sinceLast = (int) (timestamp - lastTimestamp);
    if (haveEvent && sinceLast <= 0) {
      if (sinceLast == 0 && code == lastCode) {
        noteProgress(buf, offset);
      }
      return NONE;
    }
    boolean nextSegment =
        haveEvent
            && code == lastCode
            && !lastEnded
            && lastDuration > 0
            && sinceLast == lastDuration;
    haveEvent = true;
    lastTimestamp = timestamp;
    lastCode = code;
    lastDuration = 0;
    noteProgress(buf, offset);
    return nextSegment ? NONE : TelephoneEvents.digit(code);
  }

  /** Keeps the longest duration and the end bit seen for the current event. */
  private void noteProgress(byte[] buf, int offset) {
    lastDuration = Math.max(lastDuration, NetworkOrder.u16(buf, offset + 2));
    lastEnded = (buf[offset + 1] & 0x80) != 0;
  }

  /** Forgets the last event, for a new source. */
  public void reset() {
    haveEvent = false;
  }
}
