package org.switchboard.audio.internal.codec;

/** Bounds checks shared by the decoders, so a malformed packet is refused, never thrown on. */
final class Payloads {
  private Payloads() {}

  /** Whether {@code [offset, offset + length)} is a non-empty range inside {@code payload}. */
  static boolean fits(byte[] payload, int offset, int length) {
    return offset >= 0 && length > 0 && length <= payload.length - offset;
  }
}
