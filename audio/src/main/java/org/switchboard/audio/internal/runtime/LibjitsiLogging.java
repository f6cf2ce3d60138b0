package org.switchboard.audio.internal.runtime;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends libjitsi's java.util.logging output to SLF4J and keeps its chatter out: libjitsi logs every
 * system property at INFO on start, and FMJ and ice4j log codec tables.
 *
 * <p>Thread-safe; idempotent. Holds the quieted JUL loggers strongly, because JUL keeps loggers
 * weakly and a collected logger forgets the level set on it.
 */
final class LibjitsiLogging {
  /** Loggers whose INFO is noise to a softphone. */
  private static final List<String> WARNING_ONLY = List.of("org.jitsi", "net.sf.fmj", "org.ice4j");

  /**
   * Loggers whose WARNING is noise too. libjitsi's RTT estimate is wrong on every RTCP report here
   * (it reads its own sender reports' NTP time against another clock, and warns "invalid_rtt" with
   * an RTT of about -33 000 s); it only feeds statistics we do not use.
   */
  private static final List<String> SEVERE_ONLY =
      List.of("org.jitsi.impl.neomedia.MediaStreamStatsImpl");

  private static final Object LOCK = new Object();
  private static final List<Logger> QUIETED = new java.util.ArrayList<>();

  private LibjitsiLogging() {}

  /** Installs the JUL-to-SLF4J bridge unless someone (e.g. the app) has, and quiets libjitsi. */
  static void routeToSlf4j() {
    synchronized (LOCK) {
      if (QUIETED.isEmpty()) {
        quiet(WARNING_ONLY, Level.WARNING);
        quiet(SEVERE_ONLY, Level.SEVERE);
      }
      if (!SLF4JBridgeHandler.isInstalled()) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
      }
    }
  }

  private static void quiet(List<String> names, Level level) {
    for (String name : names) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(level);
      QUIETED.add(logger);
    }
  }
}
