package org.switchboard.app.boot;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Which local address reaches a server: the one the routing table would send from. */
final class LocalAddress {
  private LocalAddress() {}

  /**
   * The local address packets to {@code host:port} leave from. Connecting a UDP socket sends
   * nothing; it only asks the routing table. Falls back to the loopback address when the host
   * cannot be resolved or routed.
   */
  static String towards(String host, int port) {
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(new InetSocketAddress(InetAddress.getByName(host), port));
      InetAddress local = probe.getLocalAddress();
      if (local == null || local.isAnyLocalAddress()) {
        return InetAddress.getLoopbackAddress().getHostAddress();
      }
      return local.getHostAddress();
    } catch (IOException | RuntimeException e) {
      return InetAddress.getLoopbackAddress().getHostAddress();
    }
  }
}
