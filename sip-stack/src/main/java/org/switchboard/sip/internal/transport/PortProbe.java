package org.switchboard.sip.internal.transport;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.SipStartException;

/**
 * Checks, before JAIN-SIP is started, that the listen address is local and the port free, and picks
 * a free port for port 0 (JAIN-SIP refuses port 0). Checking first keeps JAIN-SIP away from its
 * half-started states, which it cannot always stop cleanly. Called on the starting thread.
 */
final class PortProbe {
  private PortProbe() {}

  /** Returns the port to listen on: {@code port}, or a free one when it is 0. */
  static int reserve(String address, int port, SipTransport transport) throws SipStartException {
    InetAddress local = parseLiteral(address);
    InetSocketAddress where = new InetSocketAddress(local, port);
    try {
      if (transport == SipTransport.UDP) {
        try (DatagramSocket socket = new DatagramSocket(where)) {
          return socket.getLocalPort();
        }
      }
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(true);
        socket.bind(where);
        return socket.getLocalPort();
      }
    } catch (BindException e) {
      throw new SipStartException(describe(address, port, transport, e), e);
    } catch (IOException e) {
      throw new SipStartException(
          "Cannot listen for SIP on " + address + ":" + port + "/" + transport + ": " + e, e);
    }
  }

  private static InetAddress parseLiteral(String address) throws SipStartException {
    String trimmed = address.trim();
    boolean literal =
        trimmed.matches("[0-9.]+") || (trimmed.contains(":") && trimmed.matches("[0-9a-fA-F:.]+"));
    if (!literal) {
      throw new SipStartException(
          "SIP listen address '" + address + "' is not an IP address literal");
    }
    try {
      return InetAddress.getByName(trimmed);
    } catch (UnknownHostException e) {
      throw new SipStartException("SIP listen address '" + address + "' is not valid", e);
    }
  }

  private static String describe(String address, int port, SipTransport transport, Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Cannot assign requested address")) {
      return "SIP listen address " + address + " is not an address of this machine";
    }
    return "SIP port " + address + ":" + port + "/" + transport + " is already in use";
  }
}
