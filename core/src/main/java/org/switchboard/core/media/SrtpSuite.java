package org.switchboard.core.media;

import java.util.Optional;

/**
 * The SRTP crypto suites Switchboard speaks (RFC 4568 section 6.2 names), with their key sizes.
 *
 * @param masterKeyLength bytes of master key
 * @param masterSaltLength bytes of master salt
 *     <p>Per suite: bytes of master key and of master salt, and bytes of SRTP authentication tag
 *     (SRTCP uses 10 for the AES-CM suites, RFC 4568 section 6.2, and 16 for AEAD, RFC 7714).
 */
public enum SrtpSuite {
  AES_CM_128_HMAC_SHA1_80(16, 14, 10),
  AES_CM_128_HMAC_SHA1_32(16, 14, 4),
  /** AES-GCM authenticated encryption (RFC 7714); offered last, as fewer peers have it. */
  AEAD_AES_128_GCM(16, 12, 16);

  private final int masterKeyLength;
  private final int masterSaltLength;
  private final int rtpTagLength;

  SrtpSuite(int masterKeyLength, int masterSaltLength, int rtpTagLength) {
    this.masterKeyLength = masterKeyLength;
    this.masterSaltLength = masterSaltLength;
    this.rtpTagLength = rtpTagLength;
  }

  public int masterKeyLength() {
    return masterKeyLength;
  }

  public int masterSaltLength() {
    return masterSaltLength;
  }

  public int rtpTagLength() {
    return rtpTagLength;
  }

  /** Bytes of SRTCP authentication tag. */
  public int rtcpTagLength() {
    return isAead() ? rtpTagLength : 10;
  }

  /** Whether this is an AEAD (AES-GCM) suite. */
  public boolean isAead() {
    return this == AEAD_AES_128_GCM;
  }

  /** The suite named {@code name} in an {@code a=crypto} line, if we support it. */
  public static Optional<SrtpSuite> byName(String name) {
    for (SrtpSuite s : values()) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
