package org.switchboard.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.switchboard.testkit.Lab;

/** A valid OPTIONS sent from a raw UDP socket: does an agent still answer after a flood? */
final class RawOptions {
  private RawOptions() {}

  /** The agent's response to one OPTIONS (3.5 s bound), or {@code (no answer)}. */
  static String ask(Lab lab, String user, int agentPort, int localPort) throws IOException {
    String host = lab.localAddress();
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(host, localPort))) {
      String me = host + ":" + localPort;
      String request =
          "OPTIONS sip:"
              + user
              + "@"
              + host
              + ":"
              + agentPort
              + " SIP/2.0\r\nVia: SIP/2.0/UDP "
              + me
              + ";branch=z9hG4bK-options-"
              + System.nanoTime()
              + "\r\nMax-Forwards: 70\r\nFrom: <sip:tester@"
              + me
              + ">;tag=t1\r\nTo: <sip:"
              + user
              + "@"
              + host
              + ">\r\nCall-ID: options-"
              + System.nanoTime()
              + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
      byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
      byte[] buffer = new byte[8192];
      // Retransmitted like any UAC over UDP (RFC 3261 17.1.2.2): 0.5, 1 and 2 s apart.
      for (int wait = 500; wait <= 2000; wait *= 2) {
        socket.send(
            new DatagramPacket(bytes, bytes.length, new InetSocketAddress(host, agentPort)));
        socket.setSoTimeout(wait);
        DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
        try {
          socket.receive(answer);
          return new String(buffer, 0, answer.getLength(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
          // retransmit
        }
      }
      return "(no answer)";
    }
  }
}
