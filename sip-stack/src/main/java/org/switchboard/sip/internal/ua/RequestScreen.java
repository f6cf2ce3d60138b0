package org.switchboard.sip.internal.ua;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AcceptHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.account.SipAccount;
import org.switchboard.sip.internal.transport.OutgoingRequests;
import org.switchboard.sip.internal.transport.Responder;

/**
 * The checks every request passes before a handler sees it: first what JAIN-SIP's liberal parser
 * lets through (an ambiguous address, 400; a SIP version other than 2.0, 505), then those of RFC
 * 3261 section 8.2 in the RFC's order: method (405), Request-URI scheme (416) and address (404,
 * outside dialogs only), extensions (420), body type (415) and, for an INVITE, whether the caller
 * accepts SDP in return (406, RFC 4475 3.3.15). Used on {@code sip-events}.
 */
final class RequestScreen {
  private static final Logger LOG = LoggerFactory.getLogger(RequestScreen.class);
  private static final int DEFAULT_MAX_FORWARDS = 70;

  /**
   * Calls an agent may have at once. Each new INVITE takes a media session and its RTP ports, so a
   * flood of INVITEs is refused with 486 Busy Here beyond this (ADR 21).
   */
  static final int MAX_LIVE_CALLS = 16;

  /** Seconds a refused caller is asked to wait before trying a full service again. */
  static final int RETRY_AFTER_SECONDS = 5;

  private final InboundPolicy policy;
  private final Responder responder;
  private final HeaderFactory headers;
  private final IntSupplier liveCalls;
  private final SignallingPeers peers;

  RequestScreen(
      SipAccount account,
      InboundPolicy policy,
      Responder responder,
      HeaderFactory headers,
      IntSupplier liveCalls) {
    this.peers = new SignallingPeers(account);
    this.policy = policy;
    this.responder = responder;
    this.headers = headers;
    this.liveCalls = liveCalls;
  }

  /**
   * Brings an RFC 2543 request up to what JAIN-SIP needs for a transaction (RFC 4475 3.4.1 asks UAs
   * to accept one): no Max-Forwards is treated as the default, and an INVITE without Contact is
   * reached at its From address, as RFC 2543 did.
   */
  void repairLegacy(Request request) {
    if (request.getHeader(MaxForwardsHeader.NAME) == null) {
      try {
        request.setHeader(headers.createMaxForwardsHeader(DEFAULT_MAX_FORWARDS));
      } catch (InvalidArgumentException e) {
        throw new IllegalStateException("70 is a valid Max-Forwards", e);
      }
    }
    if (Request.INVITE.equals(request.getMethod())
        && request.getHeader(ContactHeader.NAME) == null
        && request.getHeader(FromHeader.NAME) instanceof FromHeader from) {
      request.setHeader(headers.createContactHeader(from.getAddress()));
    }
  }

  /** The response that rejects {@code request}, or empty when it may be handled. */
  Optional<Response> check(Request request, boolean inDialog) throws ParseException {
    String badSyntax = AddressSyntax.violation(request);
    if (badSyntax != null) {
      Response response = responder.create(request, Response.BAD_REQUEST, null);
      response.setReasonPhrase("Bad Request (" + badSyntax + ")");
      return Optional.of(response);
    }
    if (!topViaIsSip20(request)) {
      return Optional.of(responder.create(request, Response.VERSION_NOT_SUPPORTED, null));
    }
    String method = request.getMethod();
    boolean register = method.equals(Request.REGISTER) && policy.registrar();
    if (!OutgoingRequests.ALLOWED.contains(method) && !register) {
      return Optional.of(responder.create(request, Response.METHOD_NOT_ALLOWED, null));
    }
    URI target = request.getRequestURI();
    if (!(target instanceof SipURI sip)) {
      return Optional.of(responder.create(request, Response.UNSUPPORTED_URI_SCHEME, null));
    }
    if (!inDialog && method.equals(Request.INVITE) && !peers.mayOfferCall(request)) {
      // No address or number: who calls is personal data, and the reason is all ops need.
      LOG.info("refused an INVITE that did not come through the registrar or outbound proxy (403)");
      return Optional.of(responder.create(request, Response.FORBIDDEN, null));
    }
    if (!inDialog && !method.equals(Request.CANCEL) && !register && !addressedToUs(sip, method)) {
      return Optional.of(responder.create(request, Response.NOT_FOUND, null));
    }
    List<String> unsupported = requiredExtensions(request);
    if (!unsupported.isEmpty() && !method.equals(Request.CANCEL)) {
      Response response = responder.create(request, Response.BAD_EXTENSION, null);
      response.setHeader(headers.createUnsupportedHeader(String.join(", ", unsupported)));
      return Optional.of(response);
    }
    if (method.equals(Request.INVITE)) {
      if (!inDialog && liveCalls.getAsInt() >= policy.maxLiveCalls()) {
        return Optional.of(full(request));
      }
      return checkInviteBodies(request);
    }
    return Optional.empty();
  }

  private Optional<Response> checkInviteBodies(Request request) throws ParseException {
    if (!sdpOrNoBody(request)) {
      Response response = responder.create(request, Response.UNSUPPORTED_MEDIA_TYPE, null);
      response.setHeader(headers.createAcceptHeader("application", "sdp"));
      return Optional.of(response);
    }
    if (!acceptsSdp(request)) {
      Response response = responder.create(request, Response.NOT_ACCEPTABLE, null);
      response.setHeader(warning("our answer is application/sdp, which the Accept excludes"));
      response.setHeader(headers.createAcceptHeader("application", "sdp"));
      return Optional.of(response);
    }
    return Optional.empty();
  }

  private javax.sip.header.WarningHeader warning(String text) throws ParseException {
    try {
      return headers.createWarningHeader("switchboard", 399, text);
    } catch (InvalidArgumentException e) {
      throw new IllegalStateException("399 is a valid warning code", e);
    }
  }

  /**
   * JAIN-SIP's parser forgets the Request-Line's version; the top Via's sent-protocol keeps it (RFC
   * 4475 3.1.2.16 has SIP/7.0 in both).
   */
  private static boolean topViaIsSip20(Request request) {
    return !(request.getHeader(ViaHeader.NAME) instanceof ViaHeader via)
        || via.getProtocol() == null
        || via.getProtocol().replace(" ", "").equalsIgnoreCase("SIP/2.0");
  }

  /**
   * Whether the Request-URI names us. A desktop takes requests without a user part too; a service
   * needs the user (the number dialled) for an INVITE.
   */
  private boolean addressedToUs(SipURI uri, String method) {
    String user = uri.getUser();
    if (user == null) {
      return !policy.service() || !method.equals(Request.INVITE);
    }
    return policy.users().contains(user);
  }

  /** A desktop is busy (486); a full service is unavailable for a while (503, Retry-After). */
  private Response full(Request request) throws ParseException {
    if (!policy.service()) {
      return responder.create(request, Response.BUSY_HERE, null);
    }
    LOG.info("refused an INVITE: {} calls are live, the most allowed (503)", liveCalls.getAsInt());
    Response response = responder.create(request, Response.SERVICE_UNAVAILABLE, null);
    try {
      response.setHeader(headers.createRetryAfterHeader(RETRY_AFTER_SECONDS));
    } catch (InvalidArgumentException e) {
      throw new IllegalStateException("a positive Retry-After is valid", e);
    }
    return response;
  }

  /** The option tags this agent implements: Replaces (RFC 3891) and session timers (RFC 4028). */
  private static final List<String> SUPPORTED = List.of("replaces", "timer");

  private static List<String> requiredExtensions(Request request) {
    List<String> tags = new ArrayList<>();
    ListIterator<?> requires = request.getHeaders(RequireHeader.NAME);
    while (requires != null && requires.hasNext()) {
      if (requires.next() instanceof RequireHeader r && r.getOptionTag() != null) {
        String tag = r.getOptionTag().trim().toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(tag)) {
          tags.add(tag);
        }
      }
    }
    return tags;
  }

  private static boolean sdpOrNoBody(Request request) {
    byte[] body = request.getRawContent();
    if (body == null || body.length == 0) {
      return true;
    }
    ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
    return type != null
        && "application".equalsIgnoreCase(type.getContentType())
        && "sdp".equalsIgnoreCase(type.getContentSubType());
  }

  /** No Accept header means SDP (RFC 3261 20.1); otherwise one value must admit it. */
  private static boolean acceptsSdp(Request request) {
    ListIterator<?> accepts = request.getHeaders(AcceptHeader.NAME);
    if (accepts == null || !accepts.hasNext()) {
      return true;
    }
    while (accepts.hasNext()) {
      if (accepts.next() instanceof AcceptHeader accept
          && (accept.allowsAllContentTypes()
              || ("application".equalsIgnoreCase(accept.getContentType())
                  && (accept.allowsAllContentSubTypes()
                      || "sdp".equalsIgnoreCase(accept.getContentSubType()))))) {
        return true;
      }
    }
    return false;
  }
}
