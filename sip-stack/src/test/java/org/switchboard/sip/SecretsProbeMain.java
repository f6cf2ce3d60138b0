package org.switchboard.sip;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;

/**
 * Run in a child JVM by {@link SecretsInLogsLabTest} with every log at its most verbose, the SIP
 * wire trace included: a digest-authenticated REGISTER, an outbound call through Kamailio (407,
 * Proxy-Authorization) to baresip, and an inbound call whose SDP offer has an {@code a=crypto} key.
 * Prints {@code PROBE-DONE} when all of it worked.
 */
final class SecretsProbeMain {
  static final String USER = "3167";
  static final String CRYPTO_KEY = "WVNfX19zZWNyZXRfX19rZXlfX19zaG91bGRfbmV2ZXJfbG9n";
  private static final int AGENT_PORT = 16492;
  private static final int PEER_PORT = 16493;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private SecretsProbeMain() {}

  public static void main(String[] args) throws Exception {
    Lab lab = Lab.load();
    SipAccount account =
        LabAgents.account(lab, USER, SipTransport.UDP)
            .withOptions(SipAccountOptions.defaults().withDirectCallsAllowed(true));
    try (AgentRig rig = AgentRig.registered(lab, account, AGENT_PORT, FakeMediaEngine.pcmuOnly());
        BaresipCall baresip = new BaresipCall(lab.peerB())) {
      CallId out = rig.agent.dial(lab.peerB().user()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      rig.agent.hangup(out).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      inboundCallWithCryptoLine(lab, rig);
    }
    System.out.println("PROBE-DONE");
    System.exit(0);
  }

  private static void inboundCallWithCryptoLine(Lab lab, AgentRig rig) throws Exception {
    String host = lab.localAddress();
    try (DatagramSocket peer = new DatagramSocket(new InetSocketAddress(host, PEER_PORT))) {
      peer.setSoTimeout(5000);
      String sdp =
          "v=0\r\no=- 1 1 IN IP4 "
              + host
              + "\r\ns=-\r\nc=IN IP4 "
              + host
              + "\r\nt=0 0\r\nm=audio 40700 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
              + "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"
              + CRYPTO_KEY
              + "\r\n";
      String callId = "crypto-" + System.nanoTime();
      send(peer, host, request("INVITE", callId, "", 1, sdp, host));
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      String ok = awaitFinal(peer);
      Matcher tag = Pattern.compile("(?m)^To:.*;tag=([^;\\s]+)").matcher(ok);
      if (!ok.startsWith("SIP/2.0 200") || !tag.find()) {
        throw new IllegalStateException("the agent did not answer: " + ok.split("\r\n")[0]);
      }
      send(peer, host, request("ACK", callId, tag.group(1), 1, null, host));
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      send(peer, host, request("BYE", callId, tag.group(1), 2, null, host));
      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
    }
  }

  private static String request(
      String method, String callId, String toTag, int cseq, @Nullable String body, String host) {
    String content = body == null ? "" : body;
    String uri = "sip:" + USER + "@" + host + ":" + AGENT_PORT;
    return method
        + " "
        + uri
        + " SIP/2.0\r\nVia: SIP/2.0/UDP "
        + host
        + ":"
        + PEER_PORT
        + ";branch=z9hG4bK-"
        + method.toLowerCase(java.util.Locale.ROOT)
        + System.nanoTime()
        + "\r\nMax-Forwards: 70\r\nFrom: <sip:caller@"
        + host
        + ">;tag=c1\r\nTo: <"
        + uri
        + ">"
        + (toTag.isEmpty() ? "" : ";tag=" + toTag)
        + "\r\nCall-ID: "
        + callId
        + "\r\nCSeq: "
        + cseq
        + " "
        + (method.equals("ACK") ? "ACK" : method)
        + "\r\nContact: <sip:caller@"
        + host
        + ":"
        + PEER_PORT
        + ">\r\n"
        + (body == null ? "" : "Content-Type: application/sdp\r\n")
        + "Content-Length: "
        + content.length()
        + "\r\n\r\n"
        + content;
  }

  private static void send(DatagramSocket socket, String host, String message) throws Exception {
    byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
    socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(host, AGENT_PORT)));
  }

  private static String awaitFinal(DatagramSocket socket) throws Exception {
    byte[] buffer = new byte[65536];
    while (true) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      socket.receive(packet);
      String text = new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
      if (!text.startsWith("SIP/2.0 1")) {
        return text;
      }
    }
  }
}
