package org.switchboard.audio.internal.srtp;

import org.jitsi.utils.ByteArrayBuffer;

/**
 * jitsi-srtp's view of a caller's packet: the caller's array, used in place. It never reallocates:
 * {@link PacketTransform} promises {@link PacketTransform#MAX_OVERHEAD} spare bytes, and growing
 * past the array would silently move the packet out of the caller's buffer.
 */
final class PacketBuffer implements ByteArrayBuffer {
  private final byte[] buffer;
  private int length;

  PacketBuffer(byte[] buffer, int length) {
    this.buffer = buffer;
    this.length = length;
  }

  @Override
  public byte[] getBuffer() {
    return buffer;
  }

  @Override
  public int getOffset() {
    return 0;
  }

  @Override
  public int getLength() {
    return length;
  }

  @Override
  public void setLength(int newLength) {
    if (newLength < 0 || newLength > buffer.length) {
      throw new IllegalArgumentException("length " + newLength + " outside the packet buffer");
    }
    length = newLength;
  }

  @Override
  public void setOffset(int offset) {
    if (offset != 0) {
      throw new UnsupportedOperationException("packets start at offset 0");
    }
  }

  @Override
  public boolean isInvalid() {
    return false;
  }

  @Override
  public void readRegionToBuff(int off, int len, byte[] out) {
    System.arraycopy(buffer, off, out, 0, len);
  }

  @Override
  public void grow(int howMuch) {
    if (buffer.length - length < howMuch) {
      throw new IllegalStateException("no room for " + howMuch + " more bytes in the packet");
    }
  }

  @Override
  public void append(byte[] data, int len) {
    grow(len);
    System.arraycopy(data, 0, buffer, length, len);
    length += len;
  }

  @Override
  public void shrink(int len) {
    length = Math.max(0, length - len);
  }
}
