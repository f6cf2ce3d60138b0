package org.switchboard.sip.internal.log;

import gov.nist.core.CommonLogger;
import java.util.Properties;

/**
 * Points JAIN-SIP's logging at SLF4J. JAIN-SIP keeps its logger in a static field that it fills
 * only when a stack is created; code that parses messages or SDP before that would otherwise reach
 * for log4j, which is not on the classpath.
 */
public final class JainSipLogging {
  private JainSipLogging() {}

  /** Installs the SLF4J logger as JAIN-SIP's process-wide logger. Idempotent; any thread. */
  public static synchronized void install() {
    if (!(CommonLogger.legacyLogger instanceof Slf4jStackLogger)) {
      CommonLogger.legacyLogger = new Slf4jStackLogger();
    }
  }

  /** Adds the stack properties that select our loggers. */
  public static void configure(Properties stackProperties) {
    install();
    stackProperties.setProperty(
        "gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
    stackProperties.setProperty(
        "gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
  }
}
