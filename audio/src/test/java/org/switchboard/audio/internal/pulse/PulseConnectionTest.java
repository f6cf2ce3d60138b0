package org.switchboard.audio.internal.pulse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.switchboard.core.media.MediaException;

/** Runs in the JVM without a sound server. */
class PulseConnectionTest {
  @Test
  void aServerThatIsNotThereIsNamedInTheError() {
    assertThatThrownBy(
            () ->
                PulseConnection.connect(
                    "unix:/nonexistent/pulse-native", "test", Duration.ofSeconds(2)))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("unix:/nonexistent/pulse-native")
        .hasMessageContaining("not running");
  }
}
