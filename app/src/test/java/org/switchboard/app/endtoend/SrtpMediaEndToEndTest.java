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
 * recognised at both ends; hold and resume keep an SDES call's audio (no re-keying). DTLS-SRTP runs
 * with RTCP multiplexed on the RTP port (baresip configured with {@code rtcp_mux yes}): one
 * handshake per call, in either role; hold and resume keep its audio without a new handshake.
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
      String call = agent.dialAndAwaitAnswer("3165");
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(1500);
      agent.send("{\"cmd\":\"hold\",\"call\":\"" + call + "\"}");
      agent.await("held", e -> call.equals(e.path("call").asText()), SIGNALLING);
      agent.send("{\"cmd\":\"resume\",\"call\":\"" + call + "\"}");
      agent.await("resumed", e -> call.equals(e.path("call").asText()), SIGNALLING);
      Thread.sleep(2500);
      agent.hangUpAndAwaitEnd(call);
      assertTonesCrossed(call, baresip);
      // baresip's own recording stops at the re-INVITE (it restarts its player), so the agent's
      // recording shows that SRTP kept flowing after resume: what it received, right channel.
      ToneAnalysis afterResume =
          ToneAnalysis.ofChannel(dir.resolve("call-" + call + ".wav"), 1, 2.2);
      assertThat(afterResume.isTone(PEER_TONE_HZ, 30)).as("after resume: %s", afterResume).isTrue();
    }
  }

  @Test
  void dtlsSrtpOverUdpCarriesTonesBothWays() throws Exception {
    try (AgentProcess agent = agent("3172", "udp", lab.registrarPort(), 16220, 31400);
        PrivateBaresip baresip = peer("3166", "dtls_srtp", 29200);
        BaresipControl control = baresip.peer().control()) {
      String call = agent.dialAndAwaitAnswer("3166");
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(3000);
      agent.hangUpAndAwaitEnd(call);
      assertTonesCrossed(call, baresip);
    }
  }

  @Test
  void dtlsSrtpCallFromThePeerIsAnsweredAsTheActiveSide() throws Exception {
    try (AgentProcess agent = agent("3180", "udp", lab.registrarPort(), 25010, 25100);
        PrivateBaresip baresip = peer("3181", "dtls_srtp", 25300);
        BaresipControl control = baresip.peer().control()) {
      control.dial("sip:3180@" + lab.sipDomain());
      String call = agent.await("incoming", SIGNALLING).path("call").asText();
      agent.send("{\"cmd\":\"answer\",\"call\":\"" + call + "\"}");
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(3000);
      agent.hangUpAndAwaitEnd(call);
      assertTonesCrossed(call, baresip);
      // baresip offered a=setup:actpass; as the answerer we take the active role (RFC 5763 §5),
      // so baresip is the DTLS server.
      assertThat(baresip.log()).contains("start DTLS server").doesNotContain("start DTLS client");
      assertThat(handshakes(baresip)).isEqualTo(1);
    }
  }

  @Test
  void holdAndResumeKeepADtlsCallsAudioWithoutANewHandshake() throws Exception {
    try (AgentProcess agent = agent("3182", "udp", lab.registrarPort(), 25020, 25200);
        PrivateBaresip baresip = peer("3183", "dtls_srtp", 25500);
        BaresipControl control = baresip.peer().control()) {
      String call = agent.dialAndAwaitAnswer("3183");
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(1500);
      agent.send("{\"cmd\":\"hold\",\"call\":\"" + call + "\"}");
      agent.await("held", e -> call.equals(e.path("call").asText()), SIGNALLING);
      agent.send("{\"cmd\":\"resume\",\"call\":\"" + call + "\"}");
      agent.await("resumed", e -> call.equals(e.path("call").asText()), SIGNALLING);
      Thread.sleep(2500);
      agent.hangUpAndAwaitEnd(call);
      assertTonesCrossed(call, baresip);
      // What the agent heard in the last 1.5 s, well after the resume: still the peer's tone, so
      // the SRTP keys of the one handshake still hold. (baresip restarts its player on each
      // re-INVITE and its recording of what it hears stops there, so the agent's side is checked.)
      Path file = dir.resolve("call-" + call + ".wav");
      double length = ToneAnalysis.ofChannel(file, 1).seconds();
      ToneAnalysis afterResume = ToneAnalysis.ofChannel(file, 1, length - 1.5);
      assertThat(afterResume.isTone(PEER_TONE_HZ, 30)).as("after resume: %s", afterResume).isTrue();
      assertThat(handshakes(baresip)).as(baresip.log()).isEqualTo(1);
    }
  }

  /** How many DTLS-SRTP handshakes baresip completed (one per component). */
  private static long handshakes(PrivateBaresip baresip) {
    return baresip.log().lines().filter(l -> l.contains("DTLS-SRTP complete")).count();
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

  private void assertTonesCrossed(String call, PrivateBaresip baresip) throws Exception {
    Path file = AgentProcess.awaitRecording(dir.resolve("call-" + call + ".wav"));
    ToneAnalysis agentHeard = ToneAnalysis.ofChannel(file, 1);
    assertThat(agentHeard.isTone(PEER_TONE_HZ, 30)).as("the agent heard %s", agentHeard).isTrue();
    ToneAnalysis peerHeard =
        ToneAnalysis.of(baresip.peer().latestReceivedRecording(Duration.ofSeconds(5)));
    assertThat(peerHeard.isTone(AGENT_TONE_HZ, 30)).as("baresip heard %s", peerHeard).isTrue();
  }
}
