package org.switchboard.core.media;

/**
 * Receives the DTMF digits a peer sends as RFC 4733 telephone-events on a call's media stream.
 *
 * <p>Called on a media-events thread of the media engine (not {@code sip-events}; see
 * docs/threading.md), once per digit, in arrival order. Must return quickly: hand anything more
 * than a few microseconds' work to another executor.
 */
@FunctionalInterface
public interface DtmfListener {
  /**
   * A digit was received.
   *
   * @param digit one of {@code 0-9 * # A-D}
   */
  void onDtmfReceived(char digit);
}
