package org.switchboard.audio.internal.rtp;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.switchboard.core.media.MediaException;

/**
 * Binds RTP/RTCP socket pairs (RTP on an even port, RTCP on the next) within a range, skipping
 * ports someone else holds. Starts each search after the last pair handed out, so a port just
 * released is not reused at once (late packets of the old call would land in the new one).
 *
 * <p>Thread-safe: {@link #bind()} is synchronized; binding takes microseconds.
 */
public final class PortAllocator {
  private final InetAddress address;
  private final int firstEven;
  private final int lastEven;
  private int next;

  /**
   * Uses even ports from {@code min} (rounded up to even) while {@code port + 1 <= max}.
   *
   * @throws IllegalArgumentException when the range holds no pair
   */
  public PortAllocator(InetAddress address, int min, int max) {
    this.address = address;
    this.firstEven = min + (min & 1);
    this.lastEven = ((max - 1) & 1) == 0 ? max - 1 : max - 2;
    if (lastEven < firstEven) {
      throw new IllegalArgumentException("port range " + min + "-" + max + " holds no RTP pair");
    }
    this.next = firstEven;
  }

  /**
   * Binds the next free pair.
   *
   * @throws MediaException naming the range and the last bind error (e.g. "Address already in use",
   *     or "Cannot assign requested address" when the address is not this host's) when no pair can
   *     be bound
   */
  public synchronized RtpSockets bind() {
    int pairs = (lastEven - firstEven) / 2 + 1;
    SocketException lastError = null;
    for (int i = 0; i < pairs; i++) {
      int port = next;
      next = port + 2 > lastEven ? firstEven : port + 2;
      try {
        return bindPair(port);
      } catch (SocketException e) {
        lastError = e;
      }
    }
    MediaException failure =
        new MediaException(
            "no free RTP port pair in "
                + firstEven
                + "-"
                + (lastEven + 1)
                + " on "
                + address.getHostAddress()
                + (lastError == null ? "" : " (" + lastError.getMessage() + ")"));
    if (lastError != null) {
      failure.initCause(lastError);
    }
    throw failure;
  }

  private RtpSockets bindPair(int port) throws SocketException {
    DatagramSocket rtp = new DatagramSocket(new InetSocketAddress(address, port));
    try {
      return new RtpSockets(rtp, new DatagramSocket(new InetSocketAddress(address, port + 1)));
    } catch (SocketException e) {
      rtp.close();
      throw e;
    }
  }

  /** A bound RTP socket and its RTCP partner on the next port. */
  public record RtpSockets(DatagramSocket rtp, DatagramSocket rtcp) {
    /** The RTP port. */
    public int port() {
      return rtp.getLocalPort();
    }

    /** Closes both sockets. Idempotent. */
    public void close() {
      rtp.close();
      rtcp.close();
    }
  }
}
