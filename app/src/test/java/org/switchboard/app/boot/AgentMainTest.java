package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaException;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipStartException;

class AgentMainTest {
  @TempDir Path dir;

  @Test
  void aMissingConfigFileExitsWith2NamingIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path missing = dir.resolve("nowhere.json");
    int code =
        AgentMain.run(
            new String[] {"--config", missing.toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "switchboard-agent: config file "
                + missing
                + " does not exist"
                + System.lineSeparator());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aSipStackThatCannotStartIsALocalFailureNamingThePort() {
    AgentFailure failure =
        AdapterTelephonyStarter.sipFailed(
            new SipListenSettings("127.0.0.1", 16066, SipTransport.UDP),
            new SipStartException("Address already in use"));

    assertThat(failure.exitCode().code()).isEqualTo(5);
    assertThat(failure.getMessage())
        .isEqualTo("cannot start SIP on 127.0.0.1:16066/udp: Address already in use");
  }

  @Test
  void aMediaEngineThatCannotStartIsALocalFailureNamingThePorts() {
    AgentFailure failure =
        AdapterTelephonyStarter.mediaFailed(
            new AgentConfig.Media(
                "127.0.0.1", 31000, 31099, new AudioSource.Silence(), new AudioSink.Discard()),
            new MediaException("no free RTP port"));

    assertThat(failure.exitCode().code()).isEqualTo(5);
    assertThat(failure.getMessage())
        .isEqualTo("cannot start media on 127.0.0.1 (RTP ports 31000-31099): no free RTP port");
  }
}
