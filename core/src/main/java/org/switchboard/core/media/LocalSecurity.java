package org.switchboard.core.media;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a media session can offer to encrypt its stream: one SDES key per suite it supports, and the
 * fingerprint of its DTLS certificate. A session that cannot encrypt offers {@link #NONE}.
 *
 * @param sdesKeys our master keys, one per suite, in order of preference (tags are renumbered in
 *     the SDP)
 * @param fingerprint our DTLS certificate's fingerprint, or null when DTLS-SRTP is not offered
 */
public record LocalSecurity(List<SdesCrypto> sdesKeys, @Nullable DtlsFingerprint fingerprint) {
  /** Nothing to offer: the session sends and receives plain RTP only. */
  public static final LocalSecurity NONE = new LocalSecurity(List.of(), null);

  public LocalSecurity {
    sdesKeys = List.copyOf(sdesKeys);
  }

  /** Our key for {@code suite}, if we have one. */
  public Optional<SdesCrypto> keyFor(SrtpSuite suite) {
    return sdesKeys.stream().filter(k -> k.suite() == suite).findFirst();
  }
}
