package org.switchboard.audio.internal.srtp;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.LocalSecurity;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.SdesCrypto;

/**
 * One call's media encryption, held by the engine per call: it offers the call's SDES keys and the
 * engine's fingerprint for the SDP, is told what was negotiated, and yields the {@link
 * PacketTransform} for the media threads.
 *
 * <p>{@link #localSecurity()} and {@link #negotiate} are called on {@code sip-events}; {@link
 * #transform()} on the media threads; {@link #onDatagram} on {@code switchboard-rtp-receive}.
 */
public final class CallSecurity implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallSecurity.class);
  private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;

  private final DtlsCertificate certificate;
  private final LocalSecurity local;
  private final QueuedDatagrams.Sender sender;
  private final String callName;
  private MediaSecurity negotiated = MediaSecurity.NONE;
  private volatile @Nullable PacketTransform transform = PacketTransform.PLAIN;
  private volatile @Nullable DtlsEndpoint dtls;
  private volatile @Nullable String dtlsFailure;

  /**
   * @param certificate the engine's DTLS certificate
   * @param keys where this call's SDES keys come from
   * @param sender sends a DTLS datagram to the peer on the call's RTP socket
   * @param callName names the DTLS thread
   */
  public CallSecurity(
      DtlsCertificate certificate, SdesKeys keys, QueuedDatagrams.Sender sender, String callName) {
    this.certificate = certificate;
    this.local = new LocalSecurity(keys.generate(), certificate.fingerprint());
    this.sender = sender;
    this.callName = callName;
  }

  /** What the SDP may offer: this call's SDES keys and the engine's fingerprint. */
  public LocalSecurity localSecurity() {
    return local;
  }

  /**
   * Applies a negotiation (start or update). The same security as before changes nothing, so a
   * re-INVITE for hold neither re-keys nor repeats the handshake.
   *
   * @throws IllegalArgumentException when SDES names a key we did not offer
   */
  public synchronized void negotiate(MediaSecurity security) {
    if (sameKeying(security, negotiated)) {
      negotiated = security;
      return;
    }
    stopDtls();
    dtlsFailure = null;
    switch (security.kind()) {
      case NONE:
        transform = PacketTransform.PLAIN;
        break;
      case SDES:
        transform = sdes(security);
        break;
      default:
        transform = null; // no media until the handshake is done
        startDtls(Objects.requireNonNull(security.remoteFingerprint()), security.dtlsClient());
    }
    negotiated = security;
    LOG.info("call {}: media {}", callName, security.kind());
  }

  /** Whether {@code a} and {@code b} key SRTP alike (SDES tags may differ between offers). */
  private static boolean sameKeying(MediaSecurity a, MediaSecurity b) {
    return a.kind() == b.kind()
        && Objects.equals(keyOf(a.localKey()), keyOf(b.localKey()))
        && Objects.equals(keyOf(a.remoteKey()), keyOf(b.remoteKey()))
        && Objects.equals(a.remoteFingerprint(), b.remoteFingerprint())
        && a.dtlsClient() == b.dtlsClient();
  }

  private static @Nullable String keyOf(@Nullable SdesCrypto crypto) {
    return crypto == null ? null : crypto.suite() + " " + crypto.keyAndSalt();
  }

  private PacketTransform sdes(MediaSecurity security) {
    SdesCrypto ours = Objects.requireNonNull(security.localKey());
    SdesCrypto theirs = Objects.requireNonNull(security.remoteKey());
    if (local
        .keyFor(ours.suite())
        .map(k -> !k.keyAndSalt().equals(ours.keyAndSalt()))
        .orElse(true)) {
      throw new IllegalArgumentException("the negotiated SDES key is not one this call offered");
    }
    return new SrtpTransform(ours.suite(), ours.keyAndSaltBytes(), theirs.keyAndSaltBytes());
  }

  private void startDtls(DtlsFingerprint expected, boolean client) {
    DtlsEndpoint endpoint =
        new DtlsEndpoint(
            certificate,
            expected,
            client,
            sender,
            new DtlsEndpoint.Listener() {
              @Override
              public void onReady(PacketTransform keys) {
                transform = keys;
              }

              @Override
              public void onFailed(String reason) {
                dtlsFailure = reason;
                LOG.warn("call {}: no media encryption: {}", callName, reason);
              }
            },
            HANDSHAKE_TIMEOUT_MILLIS,
            callName);
    dtls = endpoint;
    endpoint.start();
  }

  /**
   * How to protect and unprotect packets now, or null while media must not flow (the DTLS handshake
   * has not completed, or failed).
   */
  public @Nullable PacketTransform transform() {
    return transform;
  }

  /** Why the DTLS handshake failed, or null when it did not (yet). */
  public @Nullable String dtlsFailure() {
    return dtlsFailure;
  }

  /** Whether a datagram whose first byte is {@code first} is DTLS (RFC 7983 section 7). */
  public static boolean isDtls(byte first) {
    int b = first & 0xff;
    return b >= 20 && b <= 63;
  }

  /**
   * A DTLS datagram from the call's RTP socket; ignored unless DTLS-SRTP was negotiated. Called on
   * {@code switchboard-rtp-receive}.
   */
  public void onDatagram(byte[] datagram, int length) {
    DtlsEndpoint endpoint = dtls;
    if (endpoint != null) {
      endpoint.onDatagram(datagram, length);
    }
  }

  private void stopDtls() {
    DtlsEndpoint endpoint = dtls;
    dtls = null;
    if (endpoint != null) {
      endpoint.close();
    }
  }

  /** Stops any handshake. Idempotent. */
  @Override
  public synchronized void close() {
    stopDtls();
    transform = null;
  }

  @Override
  public String toString() {
    return "CallSecurity[" + callName + ", " + negotiated.kind() + "]";
  }
}
