package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabTest {
  @TempDir Path dir;

  @Test
  void readsTheCoordinatesLabShWrites() throws Exception {
    Lab lab = Lab.load(labEnv());

    assertThat(lab.labDir()).isEqualTo(Path.of("/tmp/lab"));
    assertThat(lab.sipDomain()).isEqualTo("127.0.0.1");
    assertThat(lab.registrarHost()).isEqualTo("127.0.0.1");
    assertThat(lab.registrarPort()).isEqualTo(5060);
    assertThat(lab.passwordFor("1007")).isEqualTo("secret-1007");
    assertThat(lab.pulseServer()).isEqualTo("unix:/tmp/lab/pulse/native");
    assertThat(lab.microphoneSink()).isEqualTo("mic");
    assertThat(lab.speakerSink()).isEqualTo("spk");
    assertThat(lab.pulseSource()).isEqualTo("micsrc");
    assertThat(lab.kamcmdSocket()).isEqualTo("unix:/tmp/lab/kamailio/kamailio_ctl");
    assertThat(lab.peerA())
        .isEqualTo(
            new BaresipPeer(
                "2001", "127.0.0.1", 5070, 4444, 1000, Path.of("/tmp/lab/baresip/a/rec")));
    assertThat(lab.peerB().toneHz()).isEqualTo(1500);
    assertThat(lab.peerB().sipUri(lab.sipDomain())).isEqualTo("sip:2002@127.0.0.1");
    assertThat(lab.find("NOT_THERE")).isNull();
  }

  @Test
  void saysHowToStartTheLabWhenItIsNotRunning() {
    assertThatThrownBy(() -> Lab.load(dir.resolve("lab.env")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lab/lab.sh start")
        .hasMessageContaining("bash .ci/run");
  }

  @Test
  void namesAKeyTheFileLacks() throws Exception {
    Path env = Files.writeString(dir.resolve("lab.env"), "SB_SIP_DOMAIN=127.0.0.1\n");

    assertThatThrownBy(() -> Lab.load(env).peerA())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SB_PEER_A_USER");
  }

  @Test
  void findsTheFileFromTheEnvironment() {
    assertThat(Lab.envFile("/x/my.env", "/y")).isEqualTo(Path.of("/x/my.env"));
    assertThat(Lab.envFile(null, "/y")).isEqualTo(Path.of("/y/lab.env"));
    assertThat(Lab.envFile("", " ")).isEqualTo(Path.of("/tmp/switchboard-lab/lab.env"));
  }

  private Path labEnv() throws Exception {
    return Files.writeString(
        dir.resolve("lab.env"),
        String.join(
            "\n",
            "SB_LAB_DIR=/tmp/lab",
            "SB_SIP_DOMAIN=127.0.0.1",
            "SB_KAMAILIO_HOST=127.0.0.1",
            "SB_KAMAILIO_PORT=5060",
            "SB_KAMCMD_SOCKET=unix:/tmp/lab/kamailio/kamailio_ctl",
            "SB_USER_PASSWORD_PATTERN=secret-%s",
            "PULSE_SERVER=unix:/tmp/lab/pulse/native",
            "SB_PULSE_MIC_SINK=mic",
            "SB_PULSE_SPEAKER_SINK=spk",
            "SB_PULSE_SOURCE=micsrc",
            "SB_PEER_A_USER=2001",
            "SB_PEER_A_SIP_PORT=5070",
            "SB_PEER_A_CTRL_PORT=4444",
            "SB_PEER_A_TONE_HZ=1000",
            "SB_PEER_A_REC_DIR=/tmp/lab/baresip/a/rec",
            "SB_PEER_B_USER=2002",
            "SB_PEER_B_SIP_PORT=5072",
            "SB_PEER_B_CTRL_PORT=4446",
            "SB_PEER_B_TONE_HZ=1500",
            "SB_PEER_B_REC_DIR=/tmp/lab/baresip/b/rec",
            ""));
  }
}
