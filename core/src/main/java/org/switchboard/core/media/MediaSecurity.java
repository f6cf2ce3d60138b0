package org.switchboard.core.media;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the negotiated stream is encrypted. Holds secrets for SDES: {@link #toString()} redacts them
 * (through {@link SdesCrypto#toString()}).
 *
 * @param kind none, SDES or DTLS-SRTP
 * @param localKey SDES: the key we send with (ours, as in our SDP)
 * @param remoteKey SDES: the key the peer sends with (from its SDP)
 * @param remoteFingerprint DTLS: the fingerprint the peer's certificate must match
 * @param dtlsClient DTLS: whether we start the handshake (we are {@code a=setup:active})
 */
public record MediaSecurity(
    Kind kind,
    @Nullable SdesCrypto localKey,
    @Nullable SdesCrypto remoteKey,
    @Nullable DtlsFingerprint remoteFingerprint,
    boolean dtlsClient) {

  /** How media is protected. */
  public enum Kind {
    NONE,
    SDES,
    DTLS_SRTP
  }

  /** Plain RTP. */
  public static final MediaSecurity NONE = new MediaSecurity(Kind.NONE, null, null, null, false);

  public MediaSecurity {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.SDES) {
      if (localKey == null || remoteKey == null) {
        throw new IllegalArgumentException("SDES needs both keys");
      }
      if (localKey.suite() != remoteKey.suite()) {
        throw new IllegalArgumentException("SDES keys must be of one suite");
      }
    }
    if (kind == Kind.DTLS_SRTP && remoteFingerprint == null) {
      throw new IllegalArgumentException("DTLS-SRTP needs the peer's fingerprint");
    }
  }

  /** SRTP keyed by SDES: we send with {@code local}, the peer with {@code remote}. */
  public static MediaSecurity sdes(SdesCrypto local, SdesCrypto remote) {
    return new MediaSecurity(Kind.SDES, local, remote, null, false);
  }

  /** DTLS-SRTP with a peer whose certificate has {@code fingerprint}. */
  public static MediaSecurity dtls(DtlsFingerprint fingerprint, boolean weAreClient) {
    return new MediaSecurity(Kind.DTLS_SRTP, null, null, fingerprint, weAreClient);
  }

  /** Whether media is encrypted. */
  public boolean isEncrypted() {
    return kind != Kind.NONE;
  }
}
