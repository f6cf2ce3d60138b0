package org.switchboard.app.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.switchboard.core.Subscription;

/**
 * The desktop's log file, {@code <directory>/switchboard.log}: when it reaches its size it becomes
 * {@code switchboard.1.log} (the older ones move up to {@code switchboard.<older>.log}, the oldest
 * is dropped), so the logs never take more than {@code (older + 1) × size}. Plain text, so the
 * diagnostics bundle can clean it; every message and exception passes through {@link SecretMasking}
 * on the way in.
 */
public final class RollingLogFile {
  /** The name of the current log file. */
  public static final String FILE_NAME = "switchboard.log";

  /** The size at which the current file is rolled, in bytes. */
  public static final long DEFAULT_FILE_BYTES = 5L * 1024 * 1024;

  /** How many rolled files are kept. */
  public static final int DEFAULT_OLDER_FILES = 3;

  // %nopex (renders nothing) first: it tells Logback that exceptions are handled, inside %masked.
  static final String PATTERN =
      "%nopex%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %masked(%msg%n%ex)";

  private RollingLogFile() {}

  /**
   * Adds the file to {@code context}'s root logger.
   *
   * @param fileBytes the size at which the current file is rolled
   * @param olderFiles how many rolled files to keep (1 to 20)
   * @return removes the file from the root logger and closes it
   */
  public static Subscription attach(
      LoggerContext context, Path directory, long fileBytes, int olderFiles) {
    createPrivately(directory);
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("FILE");
    appender.setFile(slashes(directory.resolve(FILE_NAME)));
    appender.setEncoder(encoder(context));

    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(appender);
    rolling.setFileNamePattern(slashes(directory.resolve("switchboard.%i.log")));
    rolling.setMinIndex(1);
    rolling.setMaxIndex(olderFiles);
    rolling.start();

    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(new FileSize(fileBytes));
    // Check the size on every line: the bound holds to the line, not to 60 ms of logging.
    trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
    trigger.start();

    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    return () -> {
      root.detachAppender(appender);
      appender.stop();
    };
  }

  private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context) {
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.getInstanceConverterMap().put("masked", SecretMaskingConverter.class.getName());
    layout.setPattern(PATTERN);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.setLayout(layout);
    encoder.start();
    return encoder;
  }

  /** The logs hold masked numbers and what went wrong: readable by the user only, where it can. */
  private static void createPrivately(Path directory) {
    try {
      Files.createDirectories(directory);
      if (Files.getFileAttributeView(
              directory, java.nio.file.attribute.PosixFileAttributeView.class)
          != null) {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Logback reports a file it cannot open on its status console; the desktop runs on.
    }
  }

  /** Logback's file name patterns read a backslash as an escape: give it forward slashes. */
  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
