package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.NegotiatedMedia;

/**
 * A scripted peer on a raw UDP socket talks to an agent directly (no registrar): the cases a real
 * phone rarely produces on demand.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RawPeerTest {
  private static final int AGENT_PORT = 15088;
  private static final Duration WAIT = Duration.ofSeconds(5);

  private static SipAccount account() {
    return new SipAccount(
            "1016",
            "127.0.0.1",
            "",
            "1016",
            Secret.of("x"),
            "127.0.0.1",
            5060,
            SipTransport.UDP,
            300)
        // the scripted peer calls the agent directly, not through a registrar
        .withOptions(SipAccountOptions.defaults().withDirectCallsAllowed(true));
  }

  @Test
  void anInviteWithoutOfferGetsOurOfferInThe200AndTheAnswerInTheAck() throws Exception {
    FakeMediaEngine media = FakeMediaEngine.pcmuOnly();
    try (SipUserAgent agent = LabAgents.start(account(), AGENT_PORT, media);
        DatagramSocket peer =
            new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      EventRecorder events = EventRecorder.on(agent);
      peer.setSoTimeout(3000);
      int port = peer.getLocalPort();
      String callId = "offerless-" + System.nanoTime() + "@127.0.0.1";
      send(peer, request("INVITE", callId, port, "z9hG4bK-inv1", "", 1, "INVITE", null));

      CallEvent.Incoming incoming = events.awaitCall(CallEvent.Incoming.class, WAIT);
      assertThat(incoming.caller().uri()).isEqualTo("sip:tester@127.0.0.1");
      assertThat(incoming.headers()).containsEntry("X-Interaction", "abc-123");
      assertThat(incoming.headers())
          .containsEntry("Call-Info", "<sip:pbx.example.com>;answer-after=0")
          .doesNotContainKey("Subject");
      agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      String ok = awaitResponse(peer, "200");
      assertThat(ok).contains("m=audio ", "a=sendrecv", "Content-Type: application/sdp");
      String toTag = find(ok, "(?m)^To:.*;tag=([^;\\s]+)");

      String answer =
          "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
              + "m=audio 40500 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=sendrecv\r\n";
      send(peer, request("ACK", callId, port, "z9hG4bK-ack1", toTag, 1, "ACK", answer));

      events.awaitCall(CallEvent.Answered.class, WAIT);
      NegotiatedMedia started = media.session(incoming.callId()).negotiated();
      assertThat(started.remote().port()).isEqualTo(40500);
      assertThat(started.direction()).isEqualTo(MediaDirection.SENDRECV);

      send(peer, request("BYE", callId, port, "z9hG4bK-bye1", toTag, 2, "BYE", null));
      assertThat(awaitResponse(peer, "200")).contains("CSeq: 2 BYE");
      assertThat(events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.REMOTE_HANGUP);
    }
  }

  @Test
  void requestsOnUnknownDialogsGet481AndUnknownUsers404() throws Exception {
    try (SipUserAgent agent =
            LabAgents.start(account(), AGENT_PORT + 1, FakeMediaEngine.pcmuOnly());
        DatagramSocket peer =
            new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      peer.setSoTimeout(3000);
      int port = peer.getLocalPort();

      send(
          peer,
          request("BYE", "nobody@127.0.0.1", port, "z9hG4bK-b1", "unknown", 5, "BYE", null)
              .replace(":" + AGENT_PORT + " ", ":" + (AGENT_PORT + 1) + " "));
      assertThat(awaitResponse(peer, "481")).contains("CSeq: 5 BYE");

      send(
          peer,
          request("OPTIONS", "o@127.0.0.1", port, "z9hG4bK-o1", "", 1, "OPTIONS", null)
              .replace(
                  "sip:1016@127.0.0.1:" + AGENT_PORT,
                  "sip:someone-else@127.0.0.1:" + (AGENT_PORT + 1)));
      awaitResponse(peer, "404");
    }
  }

  private static String request(
      String method,
      String callId,
      int port,
      String branch,
      String toTag,
      int cseq,
      String cseqMethod,
      @Nullable String body) {
    String content = body == null ? "" : body;
    return method
        + " sip:1016@127.0.0.1:"
        + AGENT_PORT
        + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:"
        + port
        + ";branch="
        + branch
        + ";rport\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:tester@127.0.0.1>;tag=peer1\r\n"
        + "To: <sip:1016@127.0.0.1>"
        + (toTag.isEmpty() ? "" : ";tag=" + toTag)
        + "\r\n"
        + "Call-ID: "
        + callId
        + "\r\n"
        + "CSeq: "
        + cseq
        + " "
        + cseqMethod
        + "\r\n"
        + "Contact: <sip:tester@127.0.0.1:"
        + port
        + ">\r\n"
        + "X-Interaction: abc-123\r\n"
        + "Call-Info: <sip:pbx.example.com>;answer-after=0\r\n"
        + "Subject: not kept\r\n"
        + (body == null ? "" : "Content-Type: application/sdp\r\n")
        + "Content-Length: "
        + content.getBytes(StandardCharsets.US_ASCII).length
        + "\r\n\r\n"
        + content;
  }

  private static void send(DatagramSocket socket, String message) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
    socket.send(
        new DatagramPacket(
            bytes,
            bytes.length,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), portOf(message))));
  }

  private static int portOf(String message) {
    return Integer.parseInt(find(message, "^[A-Z]+ sip:[^@]+@127\\.0\\.0\\.1:([0-9]+) "));
  }

  private static String awaitResponse(DatagramSocket socket, String status) throws IOException {
    byte[] buffer = new byte[65536];
    while (true) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        throw new AssertionError("no " + status + " response", e);
      }
      String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      if (text.startsWith("SIP/2.0 " + status)) {
        return text;
      }
    }
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new AssertionError("no match for " + regex);
    }
    return m.group(1);
  }
}
