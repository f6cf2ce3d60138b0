package org.switchboard.sip.internal.ua;

import java.text.ParseException;
import javax.sip.ServerTransaction;
import javax.sip.message.Response;
import org.switchboard.sip.internal.transport.Responder;

/**
 * Answers OPTIONS with 200, Allow and Accept (RFC 3261 section 11.2). Used on {@code sip-events}.
 */
public final class OptionsResponder {
  private final Responder responder;
  private final javax.sip.header.HeaderFactory headers;

  public OptionsResponder(Responder responder, javax.sip.header.HeaderFactory headers) {
    this.responder = responder;
    this.headers = headers;
  }

  void answer(ServerTransaction transaction) throws ParseException {
    Response ok = responder.create(transaction.getRequest(), Response.OK, null);
    ok.setHeader(headers.createAcceptHeader("application", "sdp"));
    responder.send(transaction, ok);
  }
}
