package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.testkit.Lab;

/**
 * Out-of-dialog INVITEs are taken only from the registrar (Kamailio) unless the account allows
 * direct calls, and the caller's display name and URI reach listeners cleaned and bounded.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InviteOriginLabTest {
  private static final int AGENT_PORT = 16486;
  private static final int STRANGER_PORT = 16488;
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void aStrangersInviteIsRefusedWith403AndNeverRings() throws Exception {
    try (AgentRig rig = AgentRig.registered(lab, account("3163", false), AGENT_PORT, media());
        DatagramSocket stranger = socket(STRANGER_PORT)) {
      send(stranger, invite("3163", "stranger-1", "Mallory", ownVia(stranger)));
      assertThat(firstFinal(stranger)).startsWith("SIP/2.0 403");
      assertThat(rig.events.all).noneMatch(e -> e instanceof CallEvent.Incoming);
    }
  }

  @Test
  void aStrangerNamingTheRegistrarInItsViaIsStillRefused() throws Exception {
    try (AgentRig rig = AgentRig.registered(lab, account("3164", false), AGENT_PORT, media());
        DatagramSocket stranger = socket(STRANGER_PORT)) {
      // rport: the answer comes back to this socket although the Via names the registrar
      String spoofed = lab.registrarHost() + ":" + lab.registrarPort() + ";rport";
      send(stranger, invite("3164", "stranger-2", "Mallory", spoofed));
      assertThat(firstFinal(stranger)).startsWith("SIP/2.0 403");
      assertThat(rig.events.all).noneMatch(e -> e instanceof CallEvent.Incoming);
    }
  }

  @Test
  void aCallThroughTheRegistrarRings() throws Exception {
    try (AgentRig rig = AgentRig.registered(lab, account("3165", false), AGENT_PORT, media());
        BaresipCall peer = new BaresipCall(lab.peerA())) {
      peer.control.dial("sip:3165@" + lab.sipDomain());
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.reject(incoming.callId(), false).get(5, TimeUnit.SECONDS);
      assertThat(rig.events.awaitCall(CallEvent.Ended.class, WAIT).sipStatus()).isEqualTo(486);
    }
  }

  @Test
  void withDirectCallsAllowedAStrangerRingsWithItsNameCleaned() throws Exception {
    try (AgentRig rig = AgentRig.registered(lab, account("3166", true), AGENT_PORT, media());
        DatagramSocket stranger = socket(STRANGER_PORT)) {
      String hostile = "\u202Etxt.exe\u202C Bob\u0007 " + "x".repeat(300);
      send(stranger, invite("3166", "stranger-3", hostile, ownVia(stranger)));
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      String name = incoming.caller().displayName();
      assertThat(name).isNotNull().startsWith("txt.exe Bob x").hasSizeLessThanOrEqualTo(256);
      assertThat(name).doesNotContain("\u202E", "\u202C", "\u0007");
      assertThat(incoming.caller().uri()).doesNotContain("\u0007").hasSizeLessThanOrEqualTo(256);
      rig.agent.reject(incoming.callId(), false).get(5, TimeUnit.SECONDS);
      assertThat(firstFinal(stranger)).startsWith("SIP/2.0 486");
    }
  }

  private static SipAccount account(String user, boolean directCalls) {
    return LabAgents.account(lab, user, SipTransport.UDP)
        .withOptions(SipAccountOptions.defaults().withDirectCallsAllowed(directCalls));
  }

  private static FakeMediaEngine media() {
    return FakeMediaEngine.pcmuOnly();
  }

  private static DatagramSocket socket(int port) throws IOException {
    return new DatagramSocket(new InetSocketAddress(lab.localAddress(), port));
  }

  private static String ownVia(DatagramSocket socket) {
    return lab.localAddress() + ":" + socket.getLocalPort();
  }

  private static String invite(String user, String callId, String displayName, String viaSentBy) {
    String host = lab.localAddress();
    String sdp =
        "v=0\r\no=- 1 1 IN IP4 "
            + host
            + "\r\ns=-\r\nc=IN IP4 "
            + host
            + "\r\nt=0 0\r\nm=audio 40600 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    String uri = "sip:" + user + "@" + host + ":" + AGENT_PORT;
    return "INVITE "
        + uri
        + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP "
        + viaSentBy
        + ";branch=z9hG4bK-"
        + callId
        + "\r\nMax-Forwards: 70\r\n"
        + "From: \""
        + displayName
        + "\" <sip:str%07anger@"
        + host
        + ">;tag=s1\r\n"
        + "To: <"
        + uri
        + ">\r\nCall-ID: "
        + callId
        + "-"
        + System.nanoTime()
        + "\r\nCSeq: 1 INVITE\r\nContact: <sip:stranger@"
        + host
        + ":"
        + STRANGER_PORT
        + ">\r\nContent-Type: application/sdp\r\nContent-Length: "
        + sdp.length()
        + "\r\n\r\n"
        + sdp;
  }

  private static void send(DatagramSocket socket, String message) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    socket.send(
        new DatagramPacket(
            bytes, bytes.length, new InetSocketAddress(lab.localAddress(), AGENT_PORT)));
  }

  /** The first final response (200-699) within 5 s, or {@code (none)}. */
  private static String firstFinal(DatagramSocket socket) throws IOException {
    long deadline = System.currentTimeMillis() + 5000;
    byte[] buffer = new byte[8192];
    while (System.currentTimeMillis() < deadline) {
      socket.setSoTimeout((int) Math.max(1, deadline - System.currentTimeMillis()));
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        break;
      }
      String text = new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
      if (!text.startsWith("SIP/2.0 1")) {
        return text;
      }
    }
    return "(none)";
  }
}
