package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * Encrypted calls with real media against baresip: SDES keys over TLS signalling and DTLS-SRTP over
 * UDP, each under a mandatory policy (so a plain fallback would fail the call), with tones
 * recognised at both ends; hold and resume keep an SDES call's audio (no re-keying).
 */
@Tag("lab")
@Timeout(90)
class SrtpMediaEndToEndTest {
  private static final double AGENT_TONE_HZ = 440;
  private static final double PEER_TONE_HZ = 1000;
  private static final Duration SIGNALLING = Duration.ofSeconds(15);

  @TempDir Path dir;
  private Lab lab;

  @BeforeEach
  void lab() {
    lab = Lab.load();
  }

  @Test
  void sdesOverTlsCarriesTonesBothWaysAndSurvivesHold() throws Exception {
    try (AgentProcess agent = agent("3171", "tls", lab.registrarTlsPort(), 16210, 31300);
        PrivateBaresip baresip = peer("3165", "srtp-mand", 29000);
        BaresipControl control = baresip.peer().control()) {
      String call = dial(agent, "3165");
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(1500);
      agent.send("{\"cmd\":\"hold\",\"call\":\"" + call + "\"}");
      agent.await("held", e -> call.equals(e.path("call").asText()), SIGNALLING);
      agent.send("{\"cmd\":\"resume\",\"call\":\"" + call + "\"}");
      agent.await("resumed", e -> call.equals(e.path("call").asText()), SIGNALLING);
      Thread.sleep(2000);
      hangUp(agent, call);
      assertTonesCrossed(call, baresip);
      Path heard = baresip.peer().latestReceivedRecording(Duration.ofSeconds(5));
      ToneAnalysis afterResume = ToneAnalysis.ofChannel(heard, 0, 2.5);
      assertThat(afterResume.isTone(AGENT_TONE_HZ, 30))
          .as("after resume: %s", afterResume)
          .isTrue();
    }
  }

  @Test
  void dtlsSrtpOverUdpCarriesTonesBothWays() throws Exception {
    try (AgentProcess agent = agent("3172", "udp", lab.registrarPort(), 16220, 31400);
        PrivateBaresip baresip = peer("3166", "dtls_srtp", 29200);
        BaresipControl control = baresip.peer().control()) {
      String call = dial(agent, "3166");
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(3000);
      hangUp(agent, call);
      assertTonesCrossed(call, baresip);
    }
  }

  private AgentProcess agent(String user, String transport, int registrarPort, int sip, int rtp) {
    lab.kamailio().clearBindings(user);
    Path config =
        LabAgentConfig.write(
            dir, lab, user, lab.passwordFor(user), registrarPort, sip, rtp, transport, "mandatory");
    AgentProcess agent =
        AgentProcess.start(
            dir,
            "--config",
            config.toString(),
            "--source",
            "tone:" + (int) AGENT_TONE_HZ,
            "--record",
            dir.resolve("call-{call}.wav").toString());
    agent.await("registered", SIGNALLING);
    return agent;
  }

  private PrivateBaresip peer(String user, String encryption, int port) throws Exception {
    return PrivateBaresip.start(
        lab,
        Files.createDirectories(dir.resolve(user)),
        user,
        "PCMU",
        PEER_TONE_HZ,
        encryption,
        port);
  }

  private static String dial(AgentProcess agent, String user) {
    agent.send("{\"cmd\":\"dial\",\"target\":\"" + user + "\"}");
    return agent.await("answered", SIGNALLING).path("call").asText();
  }

  private static void hangUp(AgentProcess agent, String call) {
    agent.send("{\"cmd\":\"hangup\",\"call\":\"" + call + "\"}");
    agent.await("ended", e -> call.equals(e.path("call").asText()), SIGNALLING);
  }

  private void assertTonesCrossed(String call, PrivateBaresip baresip) throws Exception {
    Path file = dir.resolve("call-" + call + ".wav");
    for (int i = 0; i < 50 && !Files.exists(file); i++) {
      Thread.sleep(100);
    }
    Thread.sleep(300);
    ToneAnalysis agentHeard = ToneAnalysis.ofChannel(file, 1);
    assertThat(agentHeard.isTone(PEER_TONE_HZ, 30)).as("the agent heard %s", agentHeard).isTrue();
    ToneAnalysis peerHeard =
        ToneAnalysis.of(baresip.peer().latestReceivedRecording(Duration.ofSeconds(5)));
    assertThat(peerHeard.isTone(AGENT_TONE_HZ, 30)).as("baresip heard %s", peerHeard).isTrue();
  }
}
