package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipTransport;
import org.switchboard.testkit.Lab;

/**
 * The stack's limits on a connection transport (ADR 21), against an agent registered over TCP: a
 * message over 64 KB closes the connection unanswered, a peer that stops half-way through a message
 * is cut off, the PROTOS cases too large for a UDP datagram are refused the same way, and the agent
 * answers a normal request on a new connection afterwards.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitsLabTest {
  private static final String USER = "3168";
  private static final int AGENT_PORT = 16496;

  @Test
  void anOversizedMessageClosesTheConnectionAndTheAgentCarriesOn() throws Exception {
    Lab lab = Lab.load();
    try (AgentRig rig = tcpAgent(lab)) {
      try (Socket peer = connect(lab)) {
        String huge = options(lab, peer.getLocalPort(), "X-Pad: " + "a".repeat(70_000) + "\r\n");
        peer.getOutputStream().write(huge.getBytes(StandardCharsets.US_ASCII));
        assertThat(readUntilClosed(peer, 10_000)).doesNotContain("SIP/2.0 200");
      }
      assertThat(askOverTcp(lab)).startsWith("SIP/2.0 200");
    }
  }

  /**
   * The 81 PROTOS c07-sip INVITEs over 65507 bytes cannot travel in a UDP datagram ({@code
   * ProtosLabTest} sends the rest over UDP); over TCP each is refused by closing its connection.
   */
  @Test
  void theProtosCasesTooLargeForUdpAreRefusedOverTcpAndTheAgentCarriesOn() throws Exception {
    Lab lab = Lab.load();
    int refused = 0;
    try (AgentRig rig = tcpAgent(lab)) {
      for (ProtosSuite.Case c : ProtosSuite.cases()) {
        if (ProtosSuite.fill(c.invite(), c.number(), protosFill(lab, 65_535)).length <= 65_507) {
          continue; // sent over UDP by ProtosLabTest
        }
        try (Socket peer = connect(lab)) {
          byte[] invite =
              ProtosSuite.fill(c.invite(), c.number(), protosFill(lab, peer.getLocalPort()));
          try {
            peer.getOutputStream().write(invite);
          } catch (IOException e) {
            // the agent closed the connection while the case was still being written
          }
          String answer = readUntilClosed(peer, 10_000);
          assertThat(answer).as("case %d", c.number()).doesNotStartWith("(still open");
          assertThat(answer).as("case %d", c.number()).doesNotContain("SIP/2.0");
          refused++;
        }
      }
      assertThat(askOverTcp(lab)).startsWith("SIP/2.0 200");
    }
    assertThat(refused).isEqualTo(81);
  }

  @Test
  void aPeerThatStopsMidMessageIsCutOff() throws Exception {
    Lab lab = Lab.load();
    try (AgentRig rig = tcpAgent(lab)) {
      try (Socket peer = connect(lab)) {
        String half = options(lab, peer.getLocalPort(), "");
        half = half.substring(0, half.length() / 2);
        peer.getOutputStream().write(half.getBytes(StandardCharsets.US_ASCII));
        long started = System.nanoTime();
        assertThat(readUntilClosed(peer, 20_000)).isEqualTo("(closed)");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(20);
      }
      assertThat(askOverTcp(lab)).startsWith("SIP/2.0 200");
    }
  }

  private static ProtosSuite.Fill protosFill(Lab lab, int localPort) {
    return new ProtosSuite.Fill(
        USER + "@" + lab.localAddress() + ":" + AGENT_PORT,
        "protos@" + lab.localAddress(),
        lab.localAddress(),
        localPort,
        "CANCEL");
  }

  private static AgentRig tcpAgent(Lab lab) throws Exception {
    return AgentRig.registered(
        lab,
        LabAgents.account(lab, USER, SipTransport.TCP),
        AGENT_PORT,
        FakeMediaEngine.pcmuOnly());
  }

  private static Socket connect(Lab lab) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(lab.localAddress(), AGENT_PORT), 3000);
    return socket;
  }

  private static String askOverTcp(Lab lab) throws IOException {
    try (Socket peer = connect(lab)) {
      peer.getOutputStream()
          .write(options(lab, peer.getLocalPort(), "").getBytes(StandardCharsets.US_ASCII));
      peer.setSoTimeout(5000);
      byte[] buffer = new byte[8192];
      int n = peer.getInputStream().read(buffer);
      return n <= 0 ? "(nothing)" : new String(buffer, 0, n, StandardCharsets.UTF_8);
    }
  }

  /** What arrives before the agent closes the connection, or {@code (closed)} if nothing did. */
  private static String readUntilClosed(Socket socket, int millis) throws IOException {
    socket.setSoTimeout(millis);
    StringBuilder got = new StringBuilder();
    byte[] buffer = new byte[8192];
    InputStream in = socket.getInputStream();
    try {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        got.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (SocketTimeoutException e) {
      return "(still open after " + millis + " ms) " + got;
    } catch (IOException e) {
      // reset by the agent: closed as well
    }
    return got.length() == 0 ? "(closed)" : got.toString();
  }

  private static String options(Lab lab, int localPort, String extraHeaders) {
    String host = lab.localAddress();
    return "OPTIONS sip:"
        + USER
        + "@"
        + host
        + ":"
        + AGENT_PORT
        + ";transport=tcp SIP/2.0\r\nVia: SIP/2.0/TCP "
        + host
        + ":"
        + localPort
        + ";branch=z9hG4bK-limits-"
        + System.nanoTime()
        + "\r\nMax-Forwards: 70\r\nFrom: <sip:tester@"
        + host
        + ">;tag=l1\r\nTo: <sip:"
        + USER
        + "@"
        + host
        + ">\r\nCall-ID: limits-"
        + System.nanoTime()
        + "\r\nCSeq: 1 OPTIONS\r\n"
        + extraHeaders
        + "Content-Length: 0\r\n\r\n";
  }
}
