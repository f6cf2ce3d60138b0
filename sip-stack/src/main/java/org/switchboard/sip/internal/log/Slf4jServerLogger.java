package org.switchboard.sip.internal.log;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's message trace, routed to SLF4J logger {@code org.switchboard.sip.wire} at TRACE level,
 * so it is off unless asked for. Messages are redacted (credentials, SDP keys) but otherwise whole:
 * they carry phone numbers, so the trace is for a developer's machine, never for production logs.
 * JAIN-SIP instantiates this class by name and calls it from its transport threads.
 */
public final class Slf4jServerLogger implements ServerLogger {
  private static final Logger WIRE = LoggerFactory.getLogger("org.switchboard.sip.wire");

  /** Called by JAIN-SIP through reflection. */
  public Slf4jServerLogger() {}

  @Override
  public void closeLogFile() {}

  @Override
  public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
    trace(message, from, to, sender);
  }

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender, long time) {
    trace(message, from, to, sender);
  }

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender) {
    trace(message, from, to, sender);
  }

  private static void trace(SIPMessage message, String from, String to, boolean sender) {
    if (WIRE.isTraceEnabled()) {
      WIRE.trace(
          "{} {} -> {}\n{}",
          sender ? "sent" : "received",
          from,
          to,
          Redaction.redact(message.encode()));
    }
  }

  @Override
  public void logException(Exception ex) {
    WIRE.debug("JAIN-SIP message log exception {}", ex.getClass().getName());
  }

  @Override
  public void setStackProperties(Properties stackProperties) {}

  @Override
  public void setSipStack(SipStack sipStack) {}
}
