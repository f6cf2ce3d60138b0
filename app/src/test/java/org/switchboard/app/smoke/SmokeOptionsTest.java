package org.switchboard.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.app.links.DialLink;

class SmokeOptionsTest {
  @Test
  void aNormalStartHasNoSmokeOptions() {
    assertThat(SmokeOptions.parse(List.of("sip:2001@example.com"))).isEmpty();
    assertThat(SmokeOptions.parse(List.of())).isEmpty();
  }

  @Test
  void theReportAndTheWaitAreRead() {
    List<String> args =
        List.of("--smoke-test", "/tmp/r.json", "--smoke-wait-link", "30", "sip:2001@127.0.0.1");

    assertThat(SmokeOptions.parse(args))
        .contains(new SmokeOptions(Path.of("/tmp/r.json"), Duration.ofSeconds(30)));
    assertThat(SmokeOptions.others(args)).containsExactly("sip:2001@127.0.0.1");
  }

  @Test
  void theFlagsAndTheirValuesAreNeverTakenForLinks() {
    List<String> args = List.of("--smoke-test", "sip:report.json", "--smoke-wait-link", "5");

    assertThat(SmokeOptions.parse(args).orElseThrow().report())
        .isEqualTo(Path.of("sip:report.json"));
    assertThat(DialLink.fromArguments(SmokeOptions.others(args))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "601", "-5", "ten", "1.5", "", "99999"})
  void aWaitOutsideOneToSixHundredSecondsIsRefused(String seconds) {
    assertThatThrownBy(
            () ->
                SmokeOptions.parse(List.of("--smoke-test", "r.json", "--smoke-wait-link", seconds)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--smoke-wait-link takes whole seconds from 1 to 600");
  }

  @Test
  void missingValuesAndAWaitWithoutTheTestAreRefusedByName() {
    assertThatThrownBy(() -> SmokeOptions.parse(List.of("--smoke-test")))
        .hasMessage("--smoke-test needs a value");
    assertThatThrownBy(() -> SmokeOptions.parse(List.of("--smoke-test", "--smoke-wait-link", "3")))
        .hasMessage("--smoke-test needs a value");
    assertThatThrownBy(() -> SmokeOptions.parse(List.of("--smoke-wait-link", "3")))
        .hasMessage("--smoke-wait-link is only for --smoke-test");
    assertThatThrownBy(
            () -> SmokeOptions.parse(List.of("--smoke-test", "a.json", "--smoke-test", "b.json")))
        .hasMessage("--smoke-test is given twice");
  }
}
