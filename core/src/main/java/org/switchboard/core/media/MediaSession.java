package org.switchboard.core.media;

import java.util.List;
import org.switchboard.core.Subscription;

/**
 * One call's audio stream. Created by {@link MediaEngine#open}; its local port is bound from then
 * on, so it can be put in an SDP offer or answer before media starts.
 *
 * <p>Methods are called from the {@code sip-events} thread; they must not block for long (a few
 * milliseconds to reconfigure a stream), and never call back into the caller synchronously.
 */
public interface MediaSession extends AutoCloseable {

  /** Where the peer should send RTP to. */
  MediaEndpoint localEndpoint();

  /** The codecs this session can receive, in order of preference, for the SDP. */
  List<AudioCodec> codecs();

  /**
   * The SDES keys and DTLS fingerprint this session can offer, for the SDP; the same for the whole
   * session (so re-offers repeat them). A session that cannot encrypt returns {@link
   * LocalSecurity#NONE}, the default.
   */
  default LocalSecurity localSecurity() {
    return LocalSecurity.NONE;
  }

  /** Starts sending and receiving as negotiated. Throws {@link MediaException} on failure. */
  void start(NegotiatedMedia media);

  /** Applies a renegotiation (hold, resume, a new remote address or codec). */
  void update(NegotiatedMedia media);

  /**
   * Mutes or unmutes the microphone: while muted the session sends silence (RTP keeps flowing, so
   * the peer sees no change but quiet). Applies to a session not yet started as well.
   */
  void setMuted(boolean muted);

  /** Sends DTMF digits as RFC 4733 events; throws when none was negotiated. */
  void sendDtmf(String digits);

  /**
   * Registers {@code listener} for the DTMF digits the peer sends as RFC 4733 telephone-events. The
   * listener is called on a media-events thread (not {@code sip-events}), once per digit, and must
   * return quickly; it is never called synchronously from this method. Closing the returned
   * subscription, or closing this session, stops further calls (a digit already queued may still
   * arrive shortly after).
   */
  Subscription onDtmfReceived(DtmfListener listener);

  /**
   * Registers {@code listener} for the call's estimated quality (MOS, loss, jitter, round trip),
   * computed from received RTP and RTCP reports every few seconds while media flows. Called on a
   * media-events thread; closing the subscription or the session stops further calls.
   */
  Subscription onQualityChanged(QualityListener listener);

  /** Stops media and releases the ports. Idempotent; never throws. */
  @Override
  void close();
}
