package org.switchboard.testkit;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Netstring framing ({@code <decimal length>:<payload>,}), as baresip's {@code ctrl_tcp} speaks it.
 * Stateless; safe from any thread.
 */
final class Netstring {
  /** Longer frames are refused rather than allocated; baresip's answers are a few kB. */
  static final int MAX_LENGTH = 1 << 20;

  private Netstring() {}

  /** The frame for {@code payload}. */
  static byte[] encode(byte[] payload) {
    byte[] prefix = (payload.length + ":").getBytes(StandardCharsets.US_ASCII);
    byte[] frame = new byte[prefix.length + payload.length + 1];
    System.arraycopy(prefix, 0, frame, 0, prefix.length);
    System.arraycopy(payload, 0, frame, prefix.length, payload.length);
    frame[frame.length - 1] = ',';
    return frame;
  }

  /**
   * Reads one frame's payload, blocking until it is complete.
   *
   * @return the payload, or null when the stream ends cleanly before a frame starts
   * @throws IOException when the stream is not netstrings, or ends inside a frame
   */
  static byte @Nullable [] read(InputStream in) throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    long length = 0;
    int digits = 0;
    while (c != ':') {
      if (c < '0' || c > '9' || ++digits > 7) {
        throw new IOException("not a netstring: unexpected byte " + c + " in the length");
      }
      length = length * 10 + (c - '0');
      c = in.read();
    }
    if (digits == 0 || length > MAX_LENGTH) {
      throw new IOException("not a netstring: length " + (digits == 0 ? "missing" : length));
    }
    byte[] payload = in.readNBytes((int) length);
    int end = in.read();
    if (payload.length != length || end < 0) {
      throw new EOFException("stream ended inside a netstring");
    }
    if (end != ',') {
      throw new IOException("not a netstring: byte " + end + " where ',' should end it");
    }
    return payload;
  }
}
