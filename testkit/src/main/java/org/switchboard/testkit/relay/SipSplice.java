package org.switchboard.testkit.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Splices one SIP user agent (side A, say the agent under test) to another (side B, say baresip)
 * over UDP through two relay ports, rewriting each message with {@link SipRewriter} so that each
 * side sees the relay as the other and sends its media to the {@link MediaRelay}; the SDP's real
 * media ports are handed to the media relay. Side A may also REGISTER and send OPTIONS to the
 * relay's A-facing port: the relay answers them itself (200, no challenge), so the agent needs no
 * registrar. UDP only. Thread: {@code relay-sip} (daemon), ended by {@link #close()}.
 */
public final class SipSplice implements AutoCloseable {
  private final InetSocketAddress sideA;
  private final InetSocketAddress sideB;
  private final MediaRelay media;
  private final DatagramChannel facingA;
  private final DatagramChannel facingB;
  private final Selector selector;
  private final SipRewriter towardsB;
  private final SipRewriter towardsA;

  /**
   * @param address the relay's address (also the address of both sides: one loopback host)
   * @param portFacingA the SIP port side A sends to (its registrar, and its view of side B)
   * @param portFacingB the SIP port side B sends to (its view of side A)
   * @param sideAPort side A's own SIP port
   * @param sideBPort side B's own SIP port
   */
  public SipSplice(
      InetAddress address,
      int portFacingA,
      int portFacingB,
      int sideAPort,
      int sideBPort,
      MediaRelay media) {
    this.media = media;
    String host = address.getHostAddress();
    this.sideA = new InetSocketAddress(address, sideAPort);
    this.sideB = new InetSocketAddress(address, sideBPort);
    this.towardsB =
        new SipRewriter(
            Map.of(
                host + ":" + sideAPort, host + ":" + portFacingB,
                host + ":" + portFacingA, host + ":" + sideBPort));
    this.towardsA =
        new SipRewriter(
            Map.of(
                host + ":" + sideBPort, host + ":" + portFacingA,
                host + ":" + portFacingB, host + ":" + sideAPort));
    try {
      selector = Selector.open();
      facingA = open(address, portFacingA, "A");
      facingB = open(address, portFacingB, "B");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the SIP splice: " + e.getMessage(), e);
    }
    Thread reader = new Thread(this::readLoop, "relay-sip");
    reader.setDaemon(true);
    reader.start();
  }

  private DatagramChannel open(InetAddress address, int port, String side) throws IOException {
    DatagramChannel channel = DatagramChannel.open().bind(new InetSocketAddress(address, port));
    channel.configureBlocking(false);
    channel.register(selector, SelectionKey.OP_READ, side);
    return channel;
  }

  private void readLoop() {
    ByteBuffer buffer = ByteBuffer.allocate(65536);
    try {
      while (selector.isOpen()) {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          spliceOne("A".equals(key.attachment()), buffer);
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException | ClosedSelectorException e) {
      // closed: the splice is over
    }
  }

  /** Passes on one waiting message; one that cannot be read or sent is dropped, as by UDP. */
  private void spliceOne(boolean fromA, ByteBuffer buffer) {
    try {
      buffer.clear();
      SocketAddress from = (fromA ? facingA : facingB).receive(buffer);
      if (from != null) {
        buffer.flip();
        handle(fromA, StandardCharsets.UTF_8.decode(buffer).toString(), from);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("relay: dropped a SIP message: " + e);
    }
  }

  private void handle(boolean fromA, String message, SocketAddress from) throws IOException {
    if (message.isBlank()) {
      return; // a keep-alive
    }
    if (fromA && RegistrarStub.answers(message)) {
      send(facingA, RegistrarStub.ok(message), from);
      return;
    }
    OptionalInt audio = SipRewriter.audioPort(message);
    String rewritten;
    if (fromA) {
      audio.ifPresent(port -> media.sideAAt(new InetSocketAddress(sideA.getAddress(), port)));
      rewritten = towardsB.rewrite(message, media.portFacingB());
      send(facingB, rewritten, sideB);
    } else {
      audio.ifPresent(port -> media.sideBAt(new InetSocketAddress(sideB.getAddress(), port)));
      rewritten = towardsA.rewrite(message, media.portFacingA());
      send(facingA, rewritten, sideA);
    }
  }

  private static void send(DatagramChannel out, String message, SocketAddress to)
      throws IOException {
    out.send(ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)), to);
  }

  /** Stops splicing and releases the ports. Idempotent. */
  @Override
  public void close() {
    try {
      selector.close();
      facingA.close();
      facingB.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
