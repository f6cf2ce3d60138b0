package org.switchboard.core.media;

/**
 * Whether an account encrypts its calls' media (SRTP, keyed by SDES or DTLS-SRTP).
 *
 * <p>SDES keys travel in the SDP, so they are offered and accepted only when the account signals
 * over TLS; DTLS-SRTP needs no secure signalling (the SDP carries only a certificate fingerprint).
 */
public enum SrtpPolicy {
  /** Never encrypt: offers are plain, and an offer that requires encryption is refused (488). */
  OFF,
  /**
   * Encrypt when the peer can: offers plain {@code RTP/AVP} carrying keys or a fingerprint
   * (best-effort, like baresip's {@code mediaenc=srtp}); accepts encrypted and plain offers.
   */
  OPTIONAL,
  /**
   * Always encrypt: offers {@code RTP/SAVP} (SDES, over TLS) or {@code UDP/TLS/RTP/SAVP} (DTLS);
   * refuses (488) an offer or re-offer with no usable encryption.
   */
  MANDATORY
}
