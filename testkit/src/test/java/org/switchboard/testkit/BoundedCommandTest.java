package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class BoundedCommandTest {
  @Test
  void returnsTheOutputAndExitCode() {
    BoundedCommand.Result result =
        BoundedCommand.run(
            List.of("sh", "-c", "echo out; echo err >&2; exit 3"), Duration.ofSeconds(5));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("out", "err");
  }

  @Test
  void stopsACommandThatOverrunsWithItsChildren() throws Exception {
    long before = System.nanoTime();

    assertThatThrownBy(
            () ->
                BoundedCommand.run(
                    List.of("sh", "-c", "sleep 30 & echo $! > /dev/null; sleep 30"),
                    Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not end within PT0.3S");
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
  }
}
