package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Agents' sign-in hashes and SIP passwords, and the media ports, as the file gives them. */
class AgentSecretsConfigTest {
  private static final Path SAMPLE = Path.of("config/sample.yaml");

  private static LoadedConfig load(Map<String, String> env, String... replacements)
      throws Exception {
    String text = Files.readString(SAMPLE);
    for (int i = 0; i < replacements.length; i += 2) {
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return new ConfigLoader(env).load(SAMPLE, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSampleGivesHashesSipPasswordsAndMediaPortsAndHidesThemInText() throws Exception {
    LoadedConfig config = load(Map.of());
    var alice = Objects.requireNonNull(config.centre().agents().get("alice"));

    assertThat(alice.passwordHash()).startsWith("pbkdf2-sha256$");
    assertThat(new String(Objects.requireNonNull(alice.sipPassword()).reveal()))
        .isEqualTo("alice-phone");
    assertThat(alice.toString()).doesNotContain("alice-phone").doesNotContain("pbkdf2");
    assertThat(config.service().rtpPortMin()).isEqualTo(30000);
    assertThat(config.service().rtpPortMax()).isEqualTo(31999);
  }

  @Test
  void aSipPasswordComesFromTheEnvironmentWhenNamed() throws Exception {
    LoadedConfig config =
        load(
            Map.of("ALICE_SIP", "from-the-env"),
            "sipPassword: \"alice-phone\"",
            "sipPasswordEnv: ALICE_SIP");
    var alice = Objects.requireNonNull(config.centre().agents().get("alice"));
    assertThat(new String(Objects.requireNonNull(alice.sipPassword()).reveal()))
        .isEqualTo("from-the-env");
  }

  @Test
  void anUnsetVariableAPlainSignInPasswordAndATinyPortRangeAreRefusedByName() {
    assertThatThrownBy(
            () -> load(Map.of(), "sipPassword: \"alice-phone\"", "sipPasswordEnv: NOT_SET"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sipPasswordEnv")
        .hasMessageContaining("NOT_SET is not set");
    assertThatThrownBy(
            () ->
                load(
                    Map.of(),
                    "passwordHash: \"pbkdf2-sha256$600000$xROdif7D",
                    "passwordHash: \"hunter2$600000$xROdif7D"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("passwordHash")
        .hasMessageContaining("never the password itself");
    assertThatThrownBy(() -> load(Map.of(), "rtpPortMax: 31999", "rtpPortMax: 30001"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rtpPortMax");
  }
}
