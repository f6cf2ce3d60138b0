package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * The RTP engine against baresip, codec by codec: the headless agent (its own JVM, real SIP stack)
 * calls a baresip that offers only that codec; a tone goes each way and is recognised by frequency
 * at the other end; DTMF digits go both ways as RFC 4733 events; hold silences the stream.
 */
@Tag("lab")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class CodecInteropEndToEndTest {
  private static final String AGENT_USER = "3170";
  private static final double AGENT_TONE_HZ = 440;
  private static final double PEER_TONE_HZ = 1000;
  private static final double TOLERANCE_HZ = 30;
  private static final Duration SIGNALLING = Duration.ofSeconds(15);

  @TempDir static Path dir;
  private Lab lab;
  private AgentProcess agent;

  @BeforeAll
  void registerTheAgent() {
    lab = Lab.load();
    lab.kamailio().clearBindings(AGENT_USER);
    Path config =
        LabAgentConfig.write(
            dir, lab, AGENT_USER, lab.passwordFor(AGENT_USER), lab.registrarPort(), 16200, 31200);
    agent =
        AgentProcess.start(
            dir,
            "--config",
            config.toString(),
            "--source",
            "tone:" + (int) AGENT_TONE_HZ,
            "--record",
            dir.resolve("call-{call}.wav").toString());
    agent.await("registered", SIGNALLING);
  }

  @AfterAll
  void stopTheAgent() {
    if (agent != null) {
      agent.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PCMU, 3160, 28000", "PCMA, 3161, 28200", "G722, 3162, 28400", "opus, 3163, 28600"})
  void aToneGoesEachWayAndDigitsBothWays(String codec, String user, int port) throws Exception {
    try (PrivateBaresip baresip =
            PrivateBaresip.start(
                lab,
                Files.createDirectories(dir.resolve(user)),
                user,
                codec,
                PEER_TONE_HZ,
                "",
                port);
        BaresipControl control = baresip.peer().control()) {
      String call = agent.dialAndAwaitAnswer(user);
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(2000);

      agent.send("{\"cmd\":\"dtmf\",\"digits\":\"5\"}");
      JsonNode heard = control.awaitEvent("CALL_DTMF_START", SIGNALLING);
      assertThat(heard.path("param").asText()).isEqualTo("5");
      control.sendDtmf('9');
      JsonNode got = agent.await("dtmf", e -> call.equals(e.path("call").asText()), SIGNALLING);
      assertThat(got.path("digit").asText()).isEqualTo("9");

      agent.hangUpAndAwaitEnd(call);
      assertThat(recorded(call, 1).isTone(PEER_TONE_HZ, TOLERANCE_HZ))
          .as(
              "the agent should hear baresip's %s over %s, heard %s",
              PEER_TONE_HZ, codec, recorded(call, 1))
          .isTrue();
      ToneAnalysis peerHeard =
          ToneAnalysis.of(baresip.peer().latestReceivedRecording(Duration.ofSeconds(5)));
      assertThat(peerHeard.isTone(AGENT_TONE_HZ, TOLERANCE_HZ))
          .as(
              "baresip should hear the agent's %s Hz over %s, heard %s",
              AGENT_TONE_HZ, codec, peerHeard)
          .isTrue();
    }
  }

  @Test
  void holdSilencesWhatThePeerHears() throws Exception {
    String user = "3164";
    try (PrivateBaresip baresip =
            PrivateBaresip.start(
                lab,
                Files.createDirectories(dir.resolve(user)),
                user,
                "PCMU",
                PEER_TONE_HZ,
                "",
                28800);
        BaresipControl control = baresip.peer().control()) {
      String call = agent.dialAndAwaitAnswer(user);
      control.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(1500);
      agent.send("{\"cmd\":\"hold\",\"call\":\"" + call + "\"}");
      agent.await("held", e -> call.equals(e.path("call").asText()), SIGNALLING);
      Thread.sleep(2500);
      agent.hangUpAndAwaitEnd(call);
      Path heard = baresip.peer().latestReceivedRecording(Duration.ofSeconds(5));
      ToneAnalysis before = ToneAnalysis.ofChannel(heard, 0, 0);
      ToneAnalysis during = ToneAnalysis.ofChannel(heard, 0, 2.2);
      assertThat(before.isTone(AGENT_TONE_HZ, TOLERANCE_HZ)).as("before hold: %s", before).isTrue();
      assertThat(during.isSilent()).as("on hold: %s", during).isTrue();
    }
  }

  private ToneAnalysis recorded(String call, int channel) throws InterruptedException {
    return ToneAnalysis.ofChannel(
        AgentProcess.awaitRecording(dir.resolve("call-" + call + ".wav")), channel);
  }
}
