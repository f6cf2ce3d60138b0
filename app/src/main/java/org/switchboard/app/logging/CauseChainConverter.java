package org.switchboard.app.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;

/**
 * Renders a logged exception as one line of causes ({@code [IOException: refused <- ...]}) instead
 * of a stack trace, so that standard error stays readable for users; with the {@value
 * Logging#STACK_TRACES_PROPERTY} system property set (by {@code --log-level debug|trace}) it prints
 * the full trace.
 */
public final class CauseChainConverter extends ThrowableHandlingConverter {
  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy proxy = event.getThrowableProxy();
    if (proxy == null) {
      return "";
    }
    if (Boolean.getBoolean(Logging.STACK_TRACES_PROPERTY)) {
      return ThrowableProxyUtil.asString(proxy) + CoreConstants.LINE_SEPARATOR;
    }
    StringBuilder line = new StringBuilder("    [");
    for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
      if (p != proxy) {
        line.append(" <- ");
      }
      String name = p.getClassName();
      line.append(name.substring(name.lastIndexOf('.') + 1));
      if (p.getMessage() != null) {
        line.append(": ").append(p.getMessage().replaceAll("\\s*\\R\\s*", " "));
      }
    }
    return line.append(']').append(CoreConstants.LINE_SEPARATOR).toString();
  }
}
