package org.switchboard.sip.internal.transport;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RouteHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.account.SipAccount;
import org.switchboard.sip.internal.dns.SipTarget;
import org.switchboard.sip.internal.dns.TargetList;
import org.switchboard.sip.internal.dns.TargetResolver;
import org.switchboard.sip.internal.tls.TlsFailures;

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
  private static final Logger LOG = LoggerFactory.getLogger(OutgoingRequests.class);

  private final SipEndpoint endpoint;
  private final SipAccount account;
  private final ServerAddress server;
  private final TargetList targets;
  private final boolean routed;

  /**
   * Requests for a desktop account: every one goes through the registrar or outbound proxy.
   *
   * @throws IllegalArgumentException naming {@code outboundProxy} when it cannot be used
   */
  public OutgoingRequests(SipEndpoint endpoint, SipAccount account) {
    this(endpoint, account, true);
  }

  /**
   * Like {@link #OutgoingRequests(SipEndpoint, SipAccount)}; without {@code routed} no Route is
   * pre-loaded and requests go straight to their Request-URI (a service with no outbound proxy).
   */
  public OutgoingRequests(SipEndpoint endpoint, SipAccount account, boolean routed) {
    this.endpoint = endpoint;
    this.account = account;
    this.routed = routed;
    this.server = ServerAddress.of(account);
    this.targets =
        new TargetList(
            server.fromProxySetting() ? "outboundProxy" : "registrarHost",
            server.host(),
            server.port(),
            server.transport(),
            ServerAddress.defaultPort(server.transport()),
            TargetResolver.using(account.options().dnsServers(), Identifiers::randomBelow));
  }

  /**
   * The server's current target did not answer (timeout, refused connection): the next request goes
   * to its next target. Returns false when none is left (the next request resolves the name again).
   */
  public boolean targetFailed() {
    return targets.failed();
  }

  /** Where out-of-dialog requests go first: the outbound proxy, else the registrar. */
  public ServerAddress server() {
    return server;
  }

  public SipEndpoint endpoint() {
    return endpoint;
  }

  public SipAccount account() {
    return account;
  }

  /**
   * A request with Via, Max-Forwards, From (with {@code fromTag}), To, Call-ID, CSeq, Contact,
   * Route to the registrar (unless not {@code routed}) and User-Agent.
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
    if (routed) {
      request.addHeader(registrarRoute());
    }
    addCommonHeaders(request);
    return request;
  }

  /**
   * Sends {@code transaction}'s request. A failure to reach the server (no connection, a refused
   * TLS handshake) is rethrown with a message that names the cause.
   */
  public void send(ClientTransaction transaction) throws SipException {
    try {
      transaction.sendRequest();
    } catch (SipException e) {
      Optional<String> tls = TlsFailures.explain(e);
      if (tls.isEmpty()) {
        throw e;
      }
      LOG.debug("TLS handshake failed", e);
      // Without a cause: callers show the innermost message, which must be the explanation.
      throw new SipException(tls.get());
    }
  }

  /**
   * Learns from a response to our REGISTER where the registrar saw it come from (Via {@code
   * received} and {@code rport}, RFC 3581). On UDP, when that differs from our Contact, our
   * Contacts use it from now on and this returns true: the caller registers again with it. Over
   * TCP/TLS the server reaches us over our connection, so nothing is learned.
   */
  public boolean learnPublicAddress(javax.sip.message.Response response) {
    if (endpoint.transport() != org.switchboard.core.account.SipTransport.UDP
        || !(response.getHeader(javax.sip.header.ViaHeader.NAME)
            instanceof javax.sip.header.ViaHeader via)
        || via.getReceived() == null) {
      return false;
    }
    String received = stripBrackets(via.getReceived());
    int rport = via.getRPort() > 0 ? via.getRPort() : via.getPort();
    if (!(endpoint.contact(account.user()).getAddress().getURI() instanceof SipURI ours)
        || (stripBrackets(ours.getHost()).equalsIgnoreCase(received) && ours.getPort() == rport)) {
      return false;
    }
    LOG.info(
        "the registrar sees {} at {}:{}, not {}:{}; registering that address",
        account.user(),
        received,
        rport,
        ours.getHost(),
        ours.getPort());
    endpoint.usePublicAddress(received, rport);
    return true;
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

  /**
   * {@code <sip:server:port;transport=x;lr>} for the {@link #server()}: the outbound proxy when
   * set, else the registrar.
   */
  public RouteHeader registrarRoute() throws ParseException {
    // A name is resolved here (RFC 3263) so the Route names the target actually used; the TLS
    // identity check still holds the server to its configured name.
    SipTarget target = targets.current();
    String host = target.address();
    SipURI uri =
        endpoint.addresses().createSipURI(null, host.contains(":") ? "[" + host + "]" : host);
    uri.setPort(target.port());
    uri.setTransportParam(server.transport().name().toLowerCase(Locale.ROOT));
    uri.setLrParam();
    return endpoint.headers().createRouteHeader(endpoint.addresses().createAddress(uri));
  }

  /**
   * Whether {@code request} goes to the account's registrar/proxy: its first Route, or without one
   * its Request-URI, names the {@link #server()}'s host and port.
   */
  public boolean goesToAccountServer(Request request) {
    javax.sip.header.Header route = request.getHeader(RouteHeader.NAME);
    URI next = route instanceof RouteHeader r ? r.getAddress().getURI() : request.getRequestURI();
    if (!(next instanceof SipURI sip)) {
      return false;
    }
    int port = sip.getPort() > 0 ? sip.getPort() : (sip.isSecure() ? 5061 : 5060);
    if (sip.getHost() == null) {
      return false;
    }
    String host = stripBrackets(sip.getHost());
    return (host.equalsIgnoreCase(server.host()) && port == server.port())
        || targets.isTarget(host, port);
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
