package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;

/**
 * The headless agent's issue-3 commands and events against the real stack, as its own JVM: the
 * registration states, mute/unmute and hold seen per side on a call from baresip through Kamailio,
 * and {@code account.options} from the config file reaching the SIP account (direct calls allowed,
 * so a stranger's INVITE rings).
 */
@Tag("lab")
@Timeout(60)
class HeadlessSignallingEndToEndTest {
  private static final String USER = "3169";
  private static final int SIP_PORT = 16498;
  private static final int STRANGER_PORT = 16499;
  private static final Duration SIGNALLING = Duration.ofSeconds(15);

  @TempDir Path dir;

  @Test
  void registrationStatesMuteHoldAndAccountOptionsEndToEnd() throws Exception {
    Lab lab = Lab.load();
    lab.kamailio().clearBindings(USER);
    try (AgentProcess agent = AgentProcess.start(dir, "--config", config(lab).toString())) {
      agent.await("registering", SIGNALLING);
      agent.await("registered", SIGNALLING);

      try (BaresipControl baresip = lab.peerA().control()) {
        baresip.dial("sip:" + USER + "@" + lab.sipDomain());
        String call = agent.await("incoming", SIGNALLING).path("call").asText();
        agent.send("{\"cmd\":\"answer\"}");
        agent.await("answered", SIGNALLING);
        agent.send("{\"cmd\":\"mute\"}");
        agent.await("muted", e -> call.equals(e.path("call").asText()), SIGNALLING);
        agent.send("{\"cmd\":\"unmute\",\"call\":\"" + call + "\"}");
        agent.await("unmuted", SIGNALLING);
        agent.send("{\"cmd\":\"hold\"}");
        assertThat(agent.await("held", SIGNALLING).path("by").asText()).isEqualTo("local");
        agent.send("{\"cmd\":\"resume\"}");
        agent.await("resumed", SIGNALLING);
        agent.send("{\"cmd\":\"hangup\"}");
        agent.await("ended", SIGNALLING);
        baresip.awaitEvent("CALL_CLOSED", SIGNALLING);
      }

      strangerInvites(lab);
      String direct = agent.await("incoming", SIGNALLING).path("call").asText();
      agent.send("{\"cmd\":\"hangup\",\"call\":\"" + direct + "\"}");
      agent.await("ended", SIGNALLING);

      agent.send("{\"cmd\":\"quit\"}");
      agent.await("unregistered", SIGNALLING);
      agent.await("stopped", SIGNALLING);
    }
  }

  private Path config(Lab lab) throws IOException {
    String host = lab.localAddress();
    String json =
        """
        {
          "account": {
            "user": "%s", "domain": "%s", "password": "%s",
            "registrar": { "host": "%s", "port": %d },
            "registerExpiry": 300,
            "options": { "directCallsAllowed": true, "dtmfMode": "info", "keepAliveSeconds": 0 }
          },
          "sip": { "listenAddress": "%s", "port": %d },
          "media": { "address": "%s", "rtpPortMin": 16450, "rtpPortMax": 16469,
                     "source": "silence", "sink": "discard" }
        }
        """
            .formatted(
                USER,
                lab.sipDomain(),
                lab.passwordFor(USER),
                lab.registrarHost(),
                lab.registrarPort(),
                host,
                SIP_PORT,
                host);
    Path file = dir.resolve("agent.json");
    Files.writeString(file, json);
    return file;
  }

  /** An INVITE straight to the agent, not through Kamailio: rings only with direct calls on. */
  private static void strangerInvites(Lab lab) throws IOException {
    String host = lab.localAddress();
    String sdp =
        "v=0\r\no=- 1 1 IN IP4 "
            + host
            + "\r\ns=-\r\nc=IN IP4 "
            + host
            + "\r\nt=0 0\r\nm=audio 40800 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    String uri = "sip:" + USER + "@" + host + ":" + SIP_PORT;
    String invite =
        "INVITE "
            + uri
            + " SIP/2.0\r\nVia: SIP/2.0/UDP "
            + host
            + ":"
            + STRANGER_PORT
            + ";branch=z9hG4bK-direct-"
            + System.nanoTime()
            + "\r\nMax-Forwards: 70\r\nFrom: <sip:stranger@"
            + host
            + ">;tag=d1\r\nTo: <"
            + uri
            + ">\r\nCall-ID: direct-"
            + System.nanoTime()
            + "\r\nCSeq: 1 INVITE\r\nContact: <sip:stranger@"
            + host
            + ":"
            + STRANGER_PORT
            + ">\r\nContent-Type: application/sdp\r\nContent-Length: "
            + sdp.length()
            + "\r\n\r\n"
            + sdp;
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(host, STRANGER_PORT))) {
      byte[] bytes = invite.getBytes(StandardCharsets.US_ASCII);
      socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(host, SIP_PORT)));
    }
  }
}
