package org.switchboard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.switchboard.core.Subscription;

/**
 * Logging set-up for the launchers: everything goes through SLF4J to Logback on standard error (see
 * logback.xml), including java.util.logging (libjitsi). The desktop also writes a bounded, masked
 * log file ({@link #logToFile}); the headless agent does not.
 */
public final class Logging {
  /** The system property logback.xml reads the root level from. */
  public static final String LEVEL_PROPERTY = "switchboard.log.level";

  /** The system property that turns on full stack traces in log lines. */
  public static final String STACK_TRACES_PROPERTY = "switchboard.log.stacktraces";

  private Logging() {}

  /**
   * Sets the default level (unless the {@value #LEVEL_PROPERTY} property already names one) and
   * routes java.util.logging to SLF4J. Call first thing in {@code main}.
   */
  public static void install(String defaultLevel) {
    if (System.getProperty(LEVEL_PROPERTY) == null) {
      System.setProperty(LEVEL_PROPERTY, defaultLevel);
    }
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }

  /** Changes the root level at run time, e.g. from {@code --log-level}. */
  public static void setLevel(String level) {
    System.setProperty(LEVEL_PROPERTY, level);
    if (level.equals("debug") || level.equals("trace")) {
      System.setProperty(STACK_TRACES_PROPERTY, "true");
    }
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      Level chosen = Level.toLevel(level, Level.WARN);
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(chosen);
      context.getLogger("org.jitsi").setLevel(chosen);
    }
  }

  /** Where the desktop's log files are in its data directory: {@code <dataDir>/logs}. */
  public static Path directoryIn(Path dataDir) {
    return dataDir.resolve("logs");
  }

  /**
   * Also writes the log to {@code directory} ({@link RollingLogFile}: {@value
   * RollingLogFile#FILE_NAME}, rolled at {@link RollingLogFile#DEFAULT_FILE_BYTES} bytes, {@value
   * RollingLogFile#DEFAULT_OLDER_FILES} older files kept). Call once, from the one process that
   * owns the directory (the desktop that won the single-instance lock).
   *
   * @return stops writing the file
   */
  public static Subscription logToFile(Path directory) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return () -> {};
    }
    return RollingLogFile.attach(
        context, directory, RollingLogFile.DEFAULT_FILE_BYTES, RollingLogFile.DEFAULT_OLDER_FILES);
  }
}
