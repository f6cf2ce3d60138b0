package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;

/**
 * Fires the 49 RFC 4475 torture messages, byte for byte, at a running agent over UDP, then proves
 * the agent still answers OPTIONS, registers and calls. Where the corpus expects 400 and JAIN-SIP
 * answers the sender with one, the 400 is asserted.
 */
@Tag("lab")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TortureMessagesLabTest {
  private static final int AGENT_PORT = 15086;
  private static final Duration WAIT = Duration.ofSeconds(10);

  /**
   * Messages the corpus expects to be answered 400 and that JAIN-SIP, unable to parse them, answers
   * with 400 to the sending socket. (The others' responses go to their Via's sent-by, not to us.)
   */
  private static final Set<String> ANSWERED_400 =
      Set.of(
          "badinv01.dat",
          "clerr.dat",
          "ltgtruri.dat",
          "lwsruri.dat",
          "mismatch01.dat",
          "ncl.dat",
          "quotbal.dat",
          "scalar02.dat");

  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  static Path corpus() {
    Path dir = Path.of("").toAbsolutePath().resolve("../../shared/corpus/sip-torture").normalize();
    if (!Files.isDirectory(dir.resolve("rfc4475"))) {
      throw new IllegalStateException(
          "The SIP torture corpus is missing: expected "
              + dir
              + "/rfc4475 (the shared corpus next to the repository, ../shared/corpus from"
              + " the repository root)");
    }
    return dir;
  }

  @Test
  void theAgentSurvivesEveryTortureMessageAndStillWorks() throws Exception {
    Path corpus = corpus();
    Map<String, String> expected = expectedHandling(corpus.resolve("expected.tsv"));
    try (AgentRig rig =
            AgentRig.registered(lab, "1014", AGENT_PORT, FakeMediaEngine.withTelephoneEvents());
        DatagramSocket socket =
            new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        BaresipCall peer = new BaresipCall(lab.peerB())) {
      socket.setSoTimeout(300);
      Map<String, List<String>> answers = new LinkedHashMap<>();
      for (Path message : messages(corpus.resolve("rfc4475"))) {
        send(socket, Files.readAllBytes(message));
        answers.put(message.getFileName().toString(), receiveAll(socket));
      }
      assertThat(expected).hasSize(49);
      for (String name : ANSWERED_400) {
        assertThat(expected.get(name)).as("expected handling of " + name).startsWith("400");
        assertThat(answers.get(name)).as(name).anyMatch(line -> line.startsWith("SIP/2.0 400"));
      }
      assertThat(answers.get("mismatch02.dat"))
          .anyMatch(line -> line.startsWith("SIP/2.0 400") || line.startsWith("SIP/2.0 501"));
      assertThat(answers.get("mpart01.dat")).containsExactly("SIP/2.0 405 Method not allowed");
      assertThat(options(socket)).startsWith("SIP/2.0 200");
      assertThat(rig.events.all).noneMatch(e -> e instanceof CallEvent.Incoming);

      rig.agent.unregister().get(10, TimeUnit.SECONDS);
      rig.agent.register().get(10, TimeUnit.SECONDS);
      CallId call = rig.agent.dial("2002").get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
    }
  }

  private static List<Path> messages(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".dat")).sorted().toList();
    }
  }

  private static Map<String, String> expectedHandling(Path tsv) throws IOException {
    Map<String, String> handling = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (columns.length >= 5 && columns[0].startsWith("rfc4475/")) {
        handling.put(columns[0].substring("rfc4475/".length()), columns[4]);
      }
    }
    return handling;
  }

  private static void send(DatagramSocket socket, byte[] bytes) throws IOException {
    socket.send(
        new DatagramPacket(
            bytes,
            bytes.length,
            new InetSocketAddress(InetAddress.getByName(lab.localAddress()), AGENT_PORT)));
  }

  private static List<String> receiveAll(DatagramSocket socket) throws IOException {
    List<String> firstLines = new ArrayList<>();
    byte[] buffer = new byte[65536];
    while (true) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        return firstLines;
      }
      String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      firstLines.add(text.split("\r\n", 2)[0]);
    }
  }

  private static String options(DatagramSocket socket) throws IOException {
    int port = socket.getLocalPort();
    String request =
        "OPTIONS sip:127.0.0.1:"
            + AGENT_PORT
            + " SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:"
            + port
            + ";branch=z9hG4bK-after-torture;rport\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: <sip:tester@127.0.0.1>;tag=t1\r\n"
            + "To: <sip:127.0.0.1:"
            + AGENT_PORT
            + ">\r\n"
            + "Call-ID: after-torture@127.0.0.1\r\n"
            + "CSeq: 1 OPTIONS\r\n"
            + "Content-Length: 0\r\n\r\n";
    send(socket, request.getBytes(StandardCharsets.US_ASCII));
    socket.setSoTimeout(3000);
    List<String> answers = receiveAll(socket);
    return answers.isEmpty() ? "(no answer)" : answers.get(0);
  }
}
