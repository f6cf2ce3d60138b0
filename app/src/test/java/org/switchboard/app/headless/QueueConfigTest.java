package org.switchboard.app.headless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code queue} section: read into {@link AgentConfig.Queue}; each mistake names its setting.
 */
class QueueConfigTest {
  private static String withQueue(String queueSection) {
    String valid = AgentRun.VALID_CONFIG.trim();
    return valid.substring(0, valid.length() - 1) + ", \"queue\": " + queueSection + "}";
  }

  private static AgentConfig read(String queueSection, Map<String, String> env)
      throws AgentFailure {
    return new AgentConfigReader(env).parse(withQueue(queueSection), "agent.json");
  }

  @Test
  void aQueueSectionWithThePasswordFromTheEnvironmentIsRead() throws AgentFailure {
    AgentConfig config =
        read(
            "{\"url\": \"http://127.0.0.1:8070\", \"user\": \"alice\","
                + " \"passwordEnv\": \"QUEUE_PW\", \"queues\": [\"sales\"]}",
            Map.of("QUEUE_PW", "alice-sample"));
    AgentConfig.Queue queue = Objects.requireNonNull(config.queue());
    assertThat(queue.url()).isEqualTo("http://127.0.0.1:8070/");
    assertThat(queue.user()).isEqualTo("alice");
    assertThat(new String(queue.password().reveal())).isEqualTo("alice-sample");
    assertThat(queue.queues()).containsExactly("sales");
  }

  @Test
  void withoutAQueueSectionTheAgentIsStandalone() throws AgentFailure {
    assertThat(new AgentConfigReader(Map.of()).parse(AgentRun.VALID_CONFIG, "x").queue()).isNull();
  }

  @Test
  void overridesFromTheCommandLineKeepTheQueueSection() throws Exception {
    AgentConfig config =
        read("{\"url\": \"https://acd.example\", \"user\": \"bob\", \"password\": \"p\"}", Map.of())
            .withOverrides(
                AgentOptions.parse(java.util.List.of("--config", "x", "--sip-port", "5099")));
    assertThat(Objects.requireNonNull(config.queue()).user()).isEqualTo("bob");
    assertThat(config.sip().port()).isEqualTo(5099);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"user\": \"alice\", \"password\": \"p\"} | queue.url is missing",
        "{\"url\": \"ftp://x\", \"user\": \"alice\", \"password\": \"p\"}"
            + " | queue.url must be an http:// or https:// URL",
        "{\"url\": \"http://x\", \"password\": \"p\"} | queue.user is missing",
        "{\"url\": \"http://x\", \"user\": \"alice\"} | queue.password (or queue.passwordEnv) is"
            + " missing",
        "{\"url\": \"http://x\", \"user\": \"alice\", \"password\": \"p\", \"passwordEnv\": \"E\"}"
            + " | give either queue.password or queue.passwordEnv, not both",
        "{\"url\": \"http://x\", \"user\": \"alice\", \"passwordEnv\": \"UNSET_PW\"}"
            + " | queue.passwordEnv names the environment variable UNSET_PW, which is not set",
        "{\"url\": \"http://x\", \"user\": \"alice\", \"password\": \"p\", \"queues\": \"sales\"}"
            + " | queue.queues must be an array of strings",
        "{\"url\": \"http://x\", \"user\": \"alice\", \"password\": \"p\", \"qeues\": []}"
            + " | unknown setting 'queue.qeues'",
      })
  void eachMistakeNamesTheSetting(String section, String message) {
    assertThatThrownBy(() -> read(section, Map.of()))
        .isInstanceOf(AgentFailure.class)
        .hasMessageStartingWith("agent.json: ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((AgentFailure) e).exitCode()).isEqualTo(ExitCode.USAGE));
  }
}
