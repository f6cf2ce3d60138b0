package org.switchboard.audio.internal.srtp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.function.BiConsumer;

/** Two UDP sockets on loopback, each with a reader thread handing datagrams to a consumer. */
final class LoopbackPair implements AutoCloseable {
  final DatagramSocket a;
  final DatagramSocket b;
  private volatile boolean closed;

  LoopbackPair() throws SocketException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    a = new DatagramSocket(new InetSocketAddress(loopback, 0));
    b = new DatagramSocket(new InetSocketAddress(loopback, 0));
  }

  /** Sends from {@code from} to the other socket. */
  QueuedDatagrams.Sender sender(DatagramSocket from) {
    DatagramSocket to = from == a ? b : a;
    return (datagram, length) ->
        from.send(new DatagramPacket(datagram, length, to.getLocalSocketAddress()));
  }

  /** Reads {@code socket} on a daemon thread until closed. */
  void read(DatagramSocket socket, BiConsumer<byte[], Integer> consumer) {
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[2048];
              while (!closed) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                  socket.receive(packet);
                } catch (IOException e) {
                  return;
                }
                consumer.accept(buffer, packet.getLength());
              }
            },
            "test-udp-reader");
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public void close() {
    closed = true;
    a.close();
    b.close();
  }
}
