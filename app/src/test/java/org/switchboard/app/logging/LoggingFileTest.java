package org.switchboard.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;

/** The launchers' switch to the log file, on this JVM's real Logback set-up. */
class LoggingFileTest {
  @TempDir Path data;

  @Test
  void theDesktopsLogFileIsInLogsUnderTheDataDirectoryAndGetsWhatIsLogged() throws IOException {
    Path logs = Logging.directoryIn(data);
    Subscription file = Logging.logToFile(logs);
    try {
      LoggerFactory.getLogger(LoggingFileTest.class).warn("token={} refused", "t-123456");
    } finally {
      file.close();
    }

    assertThat(logs).isEqualTo(data.resolve("logs"));
    assertThat(Files.readString(logs.resolve(RollingLogFile.FILE_NAME)))
        .contains("WARN", "LoggingFileTest", "token=[removed] refused")
        .doesNotContain("t-123456");
  }
}
