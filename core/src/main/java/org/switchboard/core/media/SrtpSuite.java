package org.switchboard.core.media;

import java.util.Optional;

/**
 * The SRTP crypto suites Switchboard speaks (RFC 4568 section 6.2 names), with their key sizes.
 *
 * @param masterKeyLength bytes of master key
 * @param masterSaltLength bytes of master salt
 * @param rtpTagLength bytes of SRTP authentication tag (SRTCP always uses 10)
 */
public enum SrtpSuite {
  AES_CM_128_HMAC_SHA1_80(16, 14, 10),
  AES_CM_128_HMAC_SHA1_32(16, 14, 4);

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
