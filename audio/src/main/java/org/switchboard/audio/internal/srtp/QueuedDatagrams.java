package org.switchboard.audio.internal.srtp;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DatagramTransport;

/**
 * bctls's view of the call's RTP socket: datagrams the receive thread hands over are queued here
 * for the handshake thread, and what bctls sends goes out through the engine's sender. A full queue
 * drops (DTLS retransmits). Thread-safe.
 */
final class QueuedDatagrams implements DatagramTransport {
  /** Sends one datagram to the negotiated peer on the call's RTP socket; must not block long. */
  @FunctionalInterface
  public interface Sender {
    void send(byte[] datagram, int length) throws IOException;
  }

  /** Room for a handshake flight and a few retransmissions. */
  private static final int QUEUE = 32;

  /** What we send in one datagram: fits any path we care about, minus IP and UDP headers. */
  private static final int MTU = 1200;

  /**
   * What we accept in one datagram: peers pack a whole flight into one datagram when they see a
   * large MTU (OpenSSL on loopback sent 1259 bytes), and bctls drops a record cut at the limit.
   */
  private static final int RECEIVE_LIMIT = 16_384 + 2048;

  private final BlockingQueue<byte[]> received = new ArrayBlockingQueue<>(QUEUE);
  private final Sender sender;
  private volatile boolean closed;

  QueuedDatagrams(Sender sender) {
    this.sender = sender;
  }

  /** Queues a copy of a received datagram; returns false when the queue was full. */
  boolean offer(byte[] datagram, int length) {
    return !closed && received.offer(java.util.Arrays.copyOf(datagram, length));
  }

  @Override
  public int getReceiveLimit() {
    return RECEIVE_LIMIT;
  }

  @Override
  public int getSendLimit() {
    return MTU;
  }

  @Override
  public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
    if (closed) {
      throw new IOException("the DTLS transport is closed");
    }
    try {
      byte[] datagram = received.poll(waitMillis, TimeUnit.MILLISECONDS);
      if (datagram == null) {
        return -1;
      }
      int n = Math.min(len, datagram.length);
      System.arraycopy(datagram, 0, buf, off, n);
      return n;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("DTLS receive interrupted");
    }
  }

  @Override
  public void send(byte[] buf, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("the DTLS transport is closed");
    }
    sender.send(java.util.Arrays.copyOfRange(buf, off, off + len), len);
  }

  @Override
  public void close() {
    closed = true;
    received.clear();
  }
}
