package org.switchboard.sip.internal.ua;

import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * Gives JAIN-SIP a {@link StrictMessageParser} per channel; named in the stack property {@code
 * gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}, which instantiates it by reflection.
 */
public final class StrictMessageParserFactory implements MessageParserFactory {
  /** Called by JAIN-SIP through reflection. */
  public StrictMessageParserFactory() {}

  @Override
  public MessageParser createMessageParser(SIPTransactionStack stack) {
    return new StrictMessageParser();
  }
}
