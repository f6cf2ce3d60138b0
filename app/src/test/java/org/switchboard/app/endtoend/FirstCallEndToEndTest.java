package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.BaresipPeer;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.ToneAnalysis;

/**
 * The first real call, end to end: the headless agent (real JAIN-SIP stack, the real RTP engine, as
 * its own JVM) registers with the lab's Kamailio; baresip calls it, it answers, a tone goes each
 * way and is recognised by frequency at the other end, and either side hangs up; then the agent
 * calls baresip and the same holds; a digit baresip sends as an RFC 4733 event is reported.
 */
@Tag("lab")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(60)
class FirstCallEndToEndTest {
  private static final String USER = "1020";
  private static final double AGENT_TONE_HZ = 440;
  private static final double TOLERANCE_HZ = 30;
  private static final Duration SIGNALLING = Duration.ofSeconds(15);
  private static final long TALK_MILLIS = 3000;

  @TempDir static Path dir;
  private Lab lab;
  private AgentProcess agent;

  @BeforeAll
  void registerTheAgent() {
    lab = Lab.load();
    lab.kamailio().clearBindings(USER);
    Path config =
        LabAgentConfig.write(
            dir, lab, USER, lab.passwordFor(USER), lab.registrarPort(), 16060, 31000);
    agent =
        AgentProcess.start(
            dir,
            "--config",
            config.toString(),
            "--source",
            "tone:" + (int) AGENT_TONE_HZ,
            "--record",
            dir.resolve("heard-{call}.wav").toString());
    agent.await("registered", SIGNALLING);
    assertThat(lab.kamailio().contactsOf(USER)).isNotEmpty();
  }

  @AfterAll
  void stopTheAgent() {
    if (agent != null) {
      agent.close();
    }
  }

  @Test
  @Order(1)
  void baresipCallsTheAgentWhichAnswersAndHangsUp() throws Exception {
    BaresipPeer peer = lab.peerA();
    peer.clearRecordings();
    try (BaresipControl baresip = peer.control()) {
      baresip.dial("sip:" + USER + "@" + lab.sipDomain());
      String call = agent.await("incoming", SIGNALLING).path("call").asText();
      agent.send("{\"cmd\":\"answer\",\"call\":\"" + call + "\"}");
      agent.await("answered", e -> call.equals(e.path("call").asText()), SIGNALLING);
      baresip.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(TALK_MILLIS);

      agent.send("{\"cmd\":\"hangup\"}");
      assertEnded(call, "LOCAL_HANGUP");
      baresip.awaitEvent("CALL_CLOSED", SIGNALLING);
      assertTonesCrossed(call, peer);
    }
  }

  @Test
  @Order(2)
  void baresipCallsTheAgentAndHangsUp() throws Exception {
    BaresipPeer peer = lab.peerA();
    peer.clearRecordings();
    try (BaresipControl baresip = peer.control()) {
      baresip.dial("sip:" + USER + "@" + lab.sipDomain());
      String call = agent.await("incoming", SIGNALLING).path("call").asText();
      agent.send("{\"cmd\":\"answer\"}");
      agent.await("answered", e -> call.equals(e.path("call").asText()), SIGNALLING);
      baresip.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(TALK_MILLIS);

      baresip.hangup();
      assertEnded(call, "REMOTE_HANGUP");
      assertTonesCrossed(call, peer);
    }
  }

  @Test
  @Order(3)
  void theAgentCallsBaresipAndHangsUp() throws Exception {
    BaresipPeer peer = lab.peerB();
    peer.clearRecordings();
    try (BaresipControl baresip = peer.control()) {
      agent.send("{\"cmd\":\"dial\",\"target\":\"" + peer.user() + "\"}");
      String call = agent.await("answered", SIGNALLING).path("call").asText();
      baresip.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(TALK_MILLIS);

      agent.send("{\"cmd\":\"hangup\",\"call\":\"" + call + "\"}");
      assertEnded(call, "LOCAL_HANGUP");
      baresip.awaitEvent("CALL_CLOSED", SIGNALLING);
      assertTonesCrossed(call, peer);
    }
  }

  @Test
  @Order(4)
  void theAgentCallsBaresipWhichHangsUp() throws Exception {
    BaresipPeer peer = lab.peerB();
    peer.clearRecordings();
    try (BaresipControl baresip = peer.control()) {
      agent.send("{\"cmd\":\"dial\",\"target\":\"sip:" + peer.user() + "@127.0.0.1\"}");
      String call = agent.await("answered", SIGNALLING).path("call").asText();
      baresip.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(TALK_MILLIS);

      baresip.hangup();
      assertEnded(call, "REMOTE_HANGUP");
      assertTonesCrossed(call, peer);
    }
  }

  @Test
  @Order(5)
  void aDigitBaresipSendsAsAnRfc4733EventIsReportedByTheAgent() throws Exception {
    BaresipPeer peer = lab.peerB();
    try (BaresipControl baresip = peer.control()) {
      agent.send("{\"cmd\":\"dial\",\"target\":\"" + peer.user() + "\"}");
      String call = agent.await("answered", SIGNALLING).path("call").asText();
      baresip.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(500);

      baresip.sendDtmf('7');
      JsonNode dtmf = agent.await("dtmf", e -> call.equals(e.path("call").asText()), SIGNALLING);
      assertThat(dtmf.path("digit").asText()).isEqualTo("7");

      agent.send("{\"cmd\":\"hangup\",\"call\":\"" + call + "\"}");
      assertEnded(call, "LOCAL_HANGUP");
    }
  }

  private void assertEnded(String call, String reason) {
    JsonNode ended = agent.await("ended", e -> call.equals(e.path("call").asText()), SIGNALLING);
    assertThat(ended.path("reason").asText()).isEqualToIgnoringCase(reason);
  }

  /** The agent heard the peer's tone and the peer heard the agent's. */
  private void assertTonesCrossed(String call, BaresipPeer peer) throws Exception {
    Path heardByAgent = dir.resolve("heard-" + call + ".wav");
    awaitFile(heardByAgent);
    ToneAnalysis agentHeard = ToneAnalysis.ofChannel(heardByAgent, 1);
    assertThat(agentHeard.isTone(peer.toneHz(), TOLERANCE_HZ))
        .as("the agent should hear baresip's %s Hz, heard %s", peer.toneHz(), agentHeard)
        .isTrue();

    ToneAnalysis peerHeard = ToneAnalysis.of(peer.latestReceivedRecording(Duration.ofSeconds(5)));
    assertThat(peerHeard.isTone(AGENT_TONE_HZ, TOLERANCE_HZ))
        .as("baresip should hear the agent's %s Hz, heard %s", AGENT_TONE_HZ, peerHeard)
        .isTrue();
  }

  private static void awaitFile(Path file) throws InterruptedException {
    for (int i = 0; i < 50 && !Files.exists(file); i++) {
      Thread.sleep(100);
    }
    assertThat(file).exists();
  }
}
