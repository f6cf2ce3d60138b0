package org.switchboard.sip.internal.transport;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and sends responses. Sending never throws: a response that cannot be sent (the
 * transaction ended, the peer vanished) is logged and reported as {@code false}. Used on {@code
 * sip-events}.
 */
public final class Responder {
  private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

  private final SipEndpoint endpoint;
  private final OutgoingRequests requests;

  public Responder(SipEndpoint endpoint, OutgoingRequests requests) {
    this.endpoint = endpoint;
    this.requests = requests;
  }

  /**
   * A response to {@code request} with User-Agent and Allow; above 100 the To header gets {@code
   * toTag} when it has none (a random tag when {@code toTag} is null).
   */
  public Response create(Request request, int status, @Nullable String toTag)
      throws ParseException {
    Response response = endpoint.messages().createResponse(status, request);
    requests.addCommonHeaders(response);
    ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
    if (status > 100 && to != null && to.getTag() == null) {
      to.setTag(toTag != null ? toTag : Identifiers.newTag());
    }
    return response;
  }

  /** Creates and sends a plain response with status {@code status}. */
  public boolean respond(ServerTransaction transaction, int status) {
    try {
      return send(transaction, create(transaction.getRequest(), status, null));
    } catch (ParseException | RuntimeException e) {
      LOG.warn("could not build a {} response: {}", status, e.toString());
      return false;
    }
  }

  /** Sends {@code response} on {@code transaction}. */
  public boolean send(ServerTransaction transaction, Response response) {
    try {
      transaction.sendResponse(response);
      return true;
    } catch (SipException | InvalidArgumentException | RuntimeException e) {
      LOG.info(
          "could not send {} to a {}: {}",
          response.getStatusCode(),
          transaction.getRequest().getMethod(),
          e.toString());
      return false;
    }
  }

  /** Sends {@code response} without a transaction (when none could be created). */
  public boolean sendStateless(Response response) {
    try {
      endpoint.sendStateless(response);
      return true;
    } catch (SipException | RuntimeException e) {
      LOG.info("could not send a stateless {}: {}", response.getStatusCode(), e.toString());
      return false;
    }
  }
}
