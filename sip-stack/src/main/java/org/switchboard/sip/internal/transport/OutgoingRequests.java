package org.switchboard.sip.internal.transport;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RouteHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import org.switchboard.core.account.SipAccount;

/**
 * Builds requests outside a dialog for one account: From is the account's address of record, the
 * Route is pre-loaded with the registrar/outbound proxy (so every such request goes through it, and
 * a retry after a challenge keeps its Request-URI), Contact is our listening address. Used on
 * {@code sip-events}.
 */
public final class OutgoingRequests {
  /** The methods this user agent accepts; sent in Allow headers. */
  public static final List<String> ALLOWED =
      List.of("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "INFO", "NOTIFY", "REFER", "UPDATE");

  private static final String USER_AGENT = "Switchboard";

  private final SipEndpoint endpoint;
  private final SipAccount account;

  public OutgoingRequests(SipEndpoint endpoint, SipAccount account) {
    this.endpoint = endpoint;
    this.account = account;
  }

  public SipEndpoint endpoint() {
    return endpoint;
  }

  public SipAccount account() {
    return account;
  }

  /**
   * A request with Via, Max-Forwards, From (with {@code fromTag}), To, Call-ID, CSeq, Contact,
   * Route to the registrar and User-Agent.
   */
  public Request create(
      String method, URI requestUri, Address to, CallIdHeader callId, long cseq, String fromTag)
      throws ParseException, InvalidArgumentException {
    HeaderFactory h = endpoint.headers();
    Request request =
        endpoint
            .messages()
            .createRequest(
                requestUri,
                method,
                callId,
                h.createCSeqHeader(cseq, method),
                h.createFromHeader(ourAddress(), fromTag),
                h.createToHeader(to, null),
                List.of(endpoint.newVia()),
                h.createMaxForwardsHeader(70));
    request.addHeader(endpoint.contact(account.user()));
    request.addHeader(registrarRoute());
    addCommonHeaders(request);
    return request;
  }

  /** Adds User-Agent and Allow to {@code message}. */
  public void addCommonHeaders(Message message) throws ParseException {
    HeaderFactory h = endpoint.headers();
    message.setHeader(h.createUserAgentHeader(List.of(USER_AGENT)));
    message.setHeader(h.createAllowHeader(String.join(", ", ALLOWED)));
  }

  /** The account's address of record with its display name. */
  public Address ourAddress() throws ParseException {
    Address address = endpoint.addresses().createAddress(account.addressOfRecord());
    if (!account.displayName().isBlank()) {
      address.setDisplayName(account.displayName());
    }
    return address;
  }

  /** {@code <sip:registrar:port;transport=x;lr>}. */
  public RouteHeader registrarRoute() throws ParseException {
    SipURI uri = endpoint.addresses().createSipURI(null, account.registrarHost());
    uri.setPort(account.registrarPort());
    uri.setTransportParam(account.transport().name().toLowerCase(Locale.ROOT));
    uri.setLrParam();
    return endpoint.headers().createRouteHeader(endpoint.addresses().createAddress(uri));
  }

  /**
   * Whether {@code request} goes to the account's registrar/proxy: its first Route, or without one
   * its Request-URI, names the registrar's host and port.
   */
  public boolean goesToAccountServer(Request request) {
    javax.sip.header.Header route = request.getHeader(RouteHeader.NAME);
    URI next = route instanceof RouteHeader r ? r.getAddress().getURI() : request.getRequestURI();
    if (!(next instanceof SipURI sip)) {
      return false;
    }
    int port = sip.getPort() > 0 ? sip.getPort() : (sip.isSecure() ? 5061 : 5060);
    return sip.getHost() != null
        && stripBrackets(sip.getHost()).equalsIgnoreCase(stripBrackets(account.registrarHost()))
        && port == account.registrarPort();
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
