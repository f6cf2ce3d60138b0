package org.switchboard.audio.internal.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.MediaException;

/**
 * Binds RTP/RTCP channel pairs (RTP on an even port, RTCP on the next) within a range, skipping
 * ports someone else holds. Each search starts after the last pair handed out, so a port just
 * released is not reused at once (late packets of the old call would land in the new one).
 *
 * <p>Thread-safe: {@link #bind()} is synchronized; binding takes microseconds.
 */
public final class ChannelAllocator {
  private final InetAddress address;
  private final int firstEven;
  private final int lastEven;
  private int next;

  /**
   * Uses even ports from {@code min} (rounded up to even) while {@code port + 1 <= max}.
   *
   * @throws IllegalArgumentException when the range holds no pair
   */
  public ChannelAllocator(InetAddress address, int min, int max) {
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
   * @throws MediaException naming the range and the last bind error when no pair can be bound
   */
  public synchronized ChannelPair bind() {
    int pairs = (lastEven - firstEven) / 2 + 1;
    IOException lastError = null;
    for (int i = 0; i < pairs; i++) {
      int port = next;
      next = port + 2 > lastEven ? firstEven : port + 2;
      try {
        return bindPair(port);
      } catch (IOException e) {
        lastError = e;
      }
    }
    throw noPair(lastError);
  }

  private MediaException noPair(@Nullable IOException lastError) {
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
    return failure;
  }

  private ChannelPair bindPair(int port) throws IOException {
    DatagramChannel rtp = open(port);
    try {
      return new ChannelPair(rtp, open(port + 1));
    } catch (IOException e) {
      rtp.close();
      throw e;
    }
  }

  private DatagramChannel open(int port) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.bind(new InetSocketAddress(address, port));
      channel.configureBlocking(false);
      return channel;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }
}
