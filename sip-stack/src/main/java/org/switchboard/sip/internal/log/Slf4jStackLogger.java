package org.switchboard.sip.internal.log;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's stack logger, routed to SLF4J under the logger name {@code gov.nist.javax.sip}.
 *
 * <p>JAIN-SIP's levels are one notch louder than ours (it reports every malformed message from the
 * network as an error), so each is lowered by one: its fatal errors are SLF4J errors, its errors
 * warnings, its warnings info, its info debug, and its debug trace. Every text is redacted before
 * it is logged; above TRACE only a one-line summary with long digit runs (phone numbers) masked is
 * kept, since JAIN-SIP puts whole messages into its texts. JAIN-SIP instantiates this class by name
 * (no-argument constructor) and calls it from any of its threads.
 */
public final class Slf4jStackLogger implements StackLogger {
  private static final Logger LOG = LoggerFactory.getLogger("gov.nist.javax.sip");

  /** Called by JAIN-SIP through reflection. */
  public Slf4jStackLogger() {}

  @Override
  public void logStackTrace() {
    logStackTrace(TRACE_DEBUG);
  }

  @Override
  public void logStackTrace(int traceLevel) {
    if (LOG.isTraceEnabled()) {
      LOG.trace("JAIN-SIP stack trace", new Throwable("stack trace"));
    }
  }

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void logException(Throwable ex) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("JAIN-SIP caught {}", ex.getClass().getName(), ex);
    }
  }

  @Override
  public void logDebug(String message) {
    if (LOG.isTraceEnabled()) {
      LOG.trace(Redaction.redact(message));
    }
  }

  @Override
  public void logDebug(String message, Exception ex) {
    if (LOG.isTraceEnabled()) {
      LOG.trace(Redaction.redact(message), ex);
    }
  }

  @Override
  public void logTrace(String message) {
    logDebug(message);
  }

  @Override
  public void logFatalError(String message) {
    LOG.error(Redaction.summarise(message));
  }

  @Override
  public void logError(String message) {
    if (LOG.isWarnEnabled()) {
      LOG.warn(Redaction.summarise(message));
    }
  }

  @Override
  public void logError(String message, Exception ex) {
    if (LOG.isWarnEnabled()) {
      LOG.warn(Redaction.summarise(message), ex);
    }
  }

  @Override
  public void logWarning(String message) {
    if (LOG.isInfoEnabled()) {
      LOG.info(Redaction.summarise(message));
    }
  }

  @Override
  public void logInfo(String message) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(Redaction.summarise(message));
    }
  }

  @Override
  public boolean isLoggingEnabled() {
    return LOG.isWarnEnabled();
  }

  @Override
  public boolean isLoggingEnabled(int logLevel) {
    if (logLevel <= TRACE_NONE) {
      return false;
    } else if (logLevel <= TRACE_ERROR) {
      return LOG.isWarnEnabled();
    } else if (logLevel <= TRACE_WARN) {
      return LOG.isInfoEnabled();
    } else if (logLevel <= TRACE_INFO) {
      return LOG.isDebugEnabled();
    }
    return LOG.isTraceEnabled();
  }

  @Override
  public void disableLogging() {}

  @Override
  public void enableLogging() {}

  @Override
  public void setBuildTimeStamp(String buildTimeStamp) {}

  @Override
  public void setStackProperties(Properties stackProperties) {}

  @Override
  public String getLoggerName() {
    return LOG.getName();
  }
}
