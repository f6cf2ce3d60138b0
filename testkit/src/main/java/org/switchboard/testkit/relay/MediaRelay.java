package org.switchboard.testkit.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Relays one call's RTP and RTCP between two ends, A and B, impairing both directions: A sends to
 * {@link #portFacingA()} (RTCP one above), B to {@link #portFacingB()}; each packet is passed on
 * from the other side's socket, so each end sees the relay as the one address it negotiated. The
 * ends' own addresses are set with {@link #sideAAt} and {@link #sideBAt} (from their SDP); until
 * then their packets are counted as unroutable. Threads: {@code relay-media} reads, {@code
 * relay-delay} sends delayed packets; both daemons, ended by {@link #close()}.
 */
public final class MediaRelay implements AutoCloseable {
  private static final int RTP_A = 0;
  private static final int RTCP_A = 1;
  private static final int RTP_B = 2;
  private static final int RTCP_B = 3;

  private final DatagramChannel[] channels = new DatagramChannel[4];
  private final ImpairedLink[] links = new ImpairedLink[4];
  private final Selector selector;
  private final ScheduledExecutorService delays;
  private final Thread reader;

  /**
   * Binds {@code portA}, {@code portA + 1}, {@code portB} and {@code portB + 1} on {@code address}
   * (0 for either picks free ports) and starts relaying.
   *
   * @throws UncheckedIOException when a port cannot be bound
   */
  public MediaRelay(InetAddress address, int portA, int portB, Impairment impairment) {
    delays = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "relay-delay"));
    try {
      selector = Selector.open();
      bindPair(address, portA, RTP_A);
      bindPair(address, portB, RTP_B);
      for (int k = 0; k < 4; k++) {
        // A packet read on side A's socket k leaves from side B's matching socket, and back.
        links[k] = new ImpairedLink(new ImpairmentDice(impairment, k), channels[k ^ 2], delays);
        channels[k].register(selector, SelectionKey.OP_READ, k);
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot open the media relay: " + e.getMessage(), e);
    }
    reader = daemon(this::readLoop, "relay-media");
    reader.start();
  }

  private void bindPair(InetAddress address, int port, int first) throws IOException {
    channels[first] = DatagramChannel.open().bind(new InetSocketAddress(address, port));
    int bound = ((InetSocketAddress) channels[first].getLocalAddress()).getPort();
    channels[first + 1] = DatagramChannel.open().bind(new InetSocketAddress(address, bound + 1));
    for (int k = first; k < first + 2; k++) {
      channels[k].configureBlocking(false);
      // Room for a burst: the relay must not lose packets of its own accord.
      channels[k].setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** The RTP port side A sends to. */
  public int portFacingA() {
    return localPort(RTP_A);
  }

  /** The RTP port side B sends to. */
  public int portFacingB() {
    return localPort(RTP_B);
  }

  private int localPort(int k) {
    try {
      return ((InetSocketAddress) channels[k].getLocalAddress()).getPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Side A receives RTP at {@code rtp} and RTCP one port above. */
  public void sideAAt(InetSocketAddress rtp) {
    links[RTP_B].destination(rtp);
    links[RTCP_B].destination(new InetSocketAddress(rtp.getAddress(), rtp.getPort() + 1));
  }

  /** Side B receives RTP at {@code rtp} and RTCP one port above. */
  public void sideBAt(InetSocketAddress rtp) {
    links[RTP_A].destination(rtp);
    links[RTCP_A].destination(new InetSocketAddress(rtp.getAddress(), rtp.getPort() + 1));
  }

  private void readLoop() {
    ByteBuffer buffer = ByteBuffer.allocate(65536);
    try {
      while (selector.isOpen()) {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          relayOne((Integer) key.attachment(), buffer);
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException | ClosedSelectorException e) {
      // closed: the relay is over
    }
  }

  /** Passes on one packet waiting on channel {@code k}; a failure loses only that packet. */
  private void relayOne(int k, ByteBuffer buffer) {
    try {
      buffer.clear();
      SocketAddress from = channels[k].receive(buffer);
      if (from != null) {
        buffer.flip();
        byte[] packet = new byte[buffer.remaining()];
        buffer.get(packet);
        links[k].carry(packet);
      }
    } catch (IOException | RuntimeException e) {
      // An ICMP error surfacing, or the relay closing under us: this packet is lost.
      links[k].unroutable.incrementAndGet();
    }
  }

  /** Packets per direction so far, as JSON: received, lost, sent and unroutable. */
  public String statsJson() {
    return String.format(
        Locale.ROOT,
        "{\"a_to_b\":%s,\"b_to_a\":%s}",
        counts(links[RTP_A], links[RTCP_A]),
        counts(links[RTP_B], links[RTCP_B]));
  }

  /** How many RTP packets came from side A so far. */
  long rtpFromA() {
    return links[RTP_A].received.get();
  }

  /** The share of side A's RTP packets the relay dropped, in percent (0 when none came). */
  public double lossPercentAToB() {
    return lossPercent(links[RTP_A]);
  }

  /** The share of side B's RTP packets the relay dropped, in percent (0 when none came). */
  public double lossPercentBToA() {
    return lossPercent(links[RTP_B]);
  }

  private static double lossPercent(ImpairedLink link) {
    long received = link.received.get();
    return received == 0 ? 0 : 100.0 * link.lost.get() / received;
  }

  private static String counts(ImpairedLink rtp, ImpairedLink rtcp) {
    return String.format(
        Locale.ROOT,
        "{\"rtp\":{\"received\":%d,\"lost\":%d,\"sent\":%d,\"unroutable\":%d},"
            + "\"rtcp\":{\"received\":%d,\"lost\":%d,\"sent\":%d}}",
        rtp.received.get(),
        rtp.lost.get(),
        rtp.sent.get(),
        rtp.unroutable.get(),
        rtcp.received.get(),
        rtcp.lost.get(),
        rtcp.sent.get());
  }

  /** Stops relaying and releases the ports. Idempotent. */
  @Override
  public void close() {
    delays.shutdownNow();
    try {
      if (selector != null) {
        selector.close();
      }
    } catch (IOException e) {
      // closing anyway
    }
    for (DatagramChannel channel : channels) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          // closing anyway
        }
      }
    }
  }
}
