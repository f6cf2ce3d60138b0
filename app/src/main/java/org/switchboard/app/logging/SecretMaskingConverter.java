package org.switchboard.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * The {@code %masked(…)} pattern word of the desktop's log file: renders what it wraps (the message
 * and the exception) through {@link SecretMasking}.
 */
public final class SecretMaskingConverter extends CompositeConverter<ILoggingEvent> {
  @Override
  protected String transform(ILoggingEvent event, String in) {
    return SecretMasking.mask(in);
  }
}
