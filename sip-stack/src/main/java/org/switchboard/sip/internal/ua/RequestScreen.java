package org.switchboard.sip.internal.ua;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RequireHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.switchboard.core.account.SipAccount;
import org.switchboard.sip.internal.transport.OutgoingRequests;
import org.switchboard.sip.internal.transport.Responder;

/**
 * The checks of RFC 3261 section 8.2 every request passes before a handler sees it, in the RFC's
 * order: method (405), Request-URI scheme (416) and address (404, outside dialogs only), extensions
 * (420), body type (415). Used on {@code sip-events}.
 */
final class RequestScreen {
  private final SipAccount account;
  private final Responder responder;
  private final HeaderFactory headers;

  RequestScreen(SipAccount account, Responder responder, HeaderFactory headers) {
    this.account = account;
    this.responder = responder;
    this.headers = headers;
  }

  /** The response that rejects {@code request}, or empty when it may be handled. */
  Optional<Response> check(Request request, boolean inDialog) throws ParseException {
    String method = request.getMethod();
    if (!OutgoingRequests.ALLOWED.contains(method)) {
      return Optional.of(responder.create(request, Response.METHOD_NOT_ALLOWED, null));
    }
    URI target = request.getRequestURI();
    if (!(target instanceof SipURI sip)) {
      return Optional.of(responder.create(request, Response.UNSUPPORTED_URI_SCHEME, null));
    }
    if (!inDialog && !method.equals(Request.CANCEL) && !addressedToUs(sip)) {
      return Optional.of(responder.create(request, Response.NOT_FOUND, null));
    }
    List<String> unsupported = requiredExtensions(request);
    if (!unsupported.isEmpty() && !method.equals(Request.CANCEL)) {
      Response response = responder.create(request, Response.BAD_EXTENSION, null);
      response.setHeader(headers.createUnsupportedHeader(String.join(", ", unsupported)));
      return Optional.of(response);
    }
    if (method.equals(Request.INVITE) && !sdpOrNoBody(request)) {
      Response response = responder.create(request, Response.UNSUPPORTED_MEDIA_TYPE, null);
      response.setHeader(headers.createAcceptHeader("application", "sdp"));
      return Optional.of(response);
    }
    return Optional.empty();
  }

  private boolean addressedToUs(SipURI uri) {
    String user = uri.getUser();
    return user == null || user.equals(account.user()) || user.equals(account.authUser());
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
}
