package org.switchboard.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CauseChainConverterTest {
  private static String render(Throwable failure) {
    LoggerContext context = new LoggerContext();
    LoggingEvent event =
        new LoggingEvent(
            "x", context.getLogger("test"), Level.WARN, "it failed", failure, new Object[0]);
    return new CauseChainConverter().convert(event);
  }

  @Test
  void anExceptionIsOneLineOfCausesWithoutStackFrames() {
    String line =
        render(
            new IllegalStateException("cannot bind", new IOException("Address\nalready in use")));

    assertThat(line.strip())
        .isEqualTo("[IllegalStateException: cannot bind <- IOException: Address already in use]");
    assertThat(line).doesNotContain("\tat ");
  }

  @Test
  void noExceptionRendersNothing() {
    LoggerContext context = new LoggerContext();
    LoggingEvent event =
        new LoggingEvent("x", context.getLogger("test"), Level.WARN, "fine", null, new Object[0]);
    assertThat(new CauseChainConverter().convert(event)).isEmpty();
  }
}
