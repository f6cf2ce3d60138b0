package org.switchboard.sip.internal.transport;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.text.ParseException;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipStartException;
import org.switchboard.sip.internal.log.JainSipLogging;
import org.switchboard.sip.internal.tls.TlsNetworkLayer;
import org.switchboard.sip.internal.tls.TlsSettings;

/**
 * One running JAIN-SIP stack with one listening point and its provider, plus the factories that
 * make messages for it. Created on the thread that starts the user agent; used on {@code
 * sip-events} afterwards. JAIN-SIP calls the given {@link SipListener} on its own threads.
 */
public final class SipEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SipEndpoint.class);
  private static final AtomicInteger STACKS = new AtomicInteger();

  private final SipStackImpl stack;
  private final SipProvider provider;
  private final SipListener listener;
  private final SipTransport transport;
  private final String host;
  private final int port;
  private final AddressFactory addresses = new AddressFactoryImpl();
  private final HeaderFactory headers = new HeaderFactoryImpl();
  private final MessageFactory messages = new MessageFactoryImpl();
  // The address the registrar sees us at, when it differs from ours (NAT); set on sip-events.
  private volatile @Nullable String publicHost;
  private volatile int publicPort;

  private SipEndpoint(
      SipStackImpl stack,
      SipProvider provider,
      SipListener listener,
      SipTransport transport,
      String host,
      int port) {
    this.stack = stack;
    this.provider = provider;
    this.listener = listener;
    this.transport = transport;
    this.host = host;
    this.port = port;
  }

  /**
   * Starts a stack listening as {@code listen}. On failure everything started so far is stopped
   * before the exception leaves, so no JAIN-SIP thread outlives a failed start.
   */
  public static SipEndpoint start(SipListenSettings listen, SipListener listener)
      throws SipStartException {
    return start(listen, listener, null);
  }

  /**
   * Like {@link #start(SipListenSettings, SipListener)}; {@code tls} says how to speak TLS and is
   * required when listening on TLS.
   */
  public static SipEndpoint start(
      SipListenSettings listen, SipListener listener, @Nullable TlsSettings tls)
      throws SipStartException {
    return start(listen, listener, tls, 1);
  }

  /**
   * Like {@link #start(SipListenSettings, SipListener, TlsSettings)} for a stack that carries more
   * calls at once: its transaction and connection limits (ADR 21) grow with {@code callsPerDesktop}
   * (1 for a desktop; a service passes its maximum of live calls divided by a desktop's 16).
   */
  public static SipEndpoint start(
      SipListenSettings listen,
      SipListener listener,
      @Nullable TlsSettings tls,
      int callsPerDesktop)
      throws SipStartException {
    if (listen.transport() == SipTransport.TLS && tls == null) {
      throw new SipStartException("SIP over TLS needs TLS settings (trust and server identity)");
    }
    int port = PortProbe.reserve(listen.address(), listen.port(), listen.transport());
    SipStackImpl stack;
    String name = "switchboard-" + STACKS.incrementAndGet();
    try {
      if (tls != null) {
        TlsNetworkLayer.handOver(name, tls);
      }
      stack = new SipStackImpl(stackProperties(name, tls, Math.max(1, callsPerDesktop)));
    } catch (PeerUnavailableException | RuntimeException e) {
      throw new SipStartException("Cannot create the SIP stack: " + e.getMessage(), e);
    } finally {
      TlsNetworkLayer.withdraw(name);
    }
    try {
      ListeningPoint point =
          stack.createListeningPoint(listen.address(), port, jainName(listen.transport()));
      SipProvider provider = stack.createSipProvider(point);
      provider.addSipListener(listener);
      provider.setAutomaticDialogSupportEnabled(true);
      stack.start();
      return new SipEndpoint(stack, provider, listener, listen.transport(), listen.address(), port);
    } catch (Exception e) {
      stopQuietly(stack);
      String where = listen.address() + ":" + port + "/" + listen.transport();
      if (isBindFailure(e)) {
        throw new SipStartException("SIP port " + where + " is already in use", e);
      }
      throw new SipStartException("Cannot start SIP on " + where + ": " + e.getMessage(), e);
    }
  }

  private static Properties stackProperties(String name, @Nullable TlsSettings tls, int scale) {
    Properties p = new Properties();
    p.setProperty("javax.sip.STACK_NAME", name);
    JainSipLogging.configure(p);
    p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
    p.setProperty("gov.nist.javax.sip.AUTOMATIC_DIALOG_ERROR_HANDLING", "true");
    // NOTIFYs for a REFER arrive after the REFER's transaction may be gone.
    p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
    // Our listener only enqueues, so JAIN-SIP need not serialise calls into it.
    p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
    // Limits on untrusted input (ADR 21): bounded memory and threads whatever a peer sends.
    p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536"); // stream transports, bytes
    p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", Integer.toString(500 * scale));
    p.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", Integer.toString(200 * scale));
    p.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", Integer.toString(64 * scale));
    p.setProperty("gov.nist.javax.sip.READ_TIMEOUT", "5000"); // ms between reads within a message
    p.setProperty("gov.nist.javax.sip.SSL_HANDSHAKE_TIMEOUT", "5000"); // ms
    p.setProperty("gov.nist.javax.sip.NIO_MAX_SOCKET_IDLE_TIME", "600000"); // ms, idle connection
    // Hand us the 2xx of every fork of our INVITE, not only the first (we ACK and BYE the others).
    p.setProperty("gov.nist.javax.sip.MAX_FORK_TIME_SECONDS", "32");
    p.setProperty(
        "gov.nist.javax.sip.MESSAGE_PARSER_FACTORY",
        org.switchboard.sip.internal.ua.StrictMessageParserFactory.class.getName());
    p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
    p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.2,TLSv1.3");
    useOurSockets(p, tls);
    return p;
  }

  /**
   * Our network layer makes every socket: connections time out quickly, and TLS uses our trust,
   * identity check, versions and suites. JAIN-SIP also sets versions and suites on each TLS socket
   * from its own properties, so those name the same lists.
   */
  private static void useOurSockets(Properties p, @Nullable TlsSettings tls) {
    p.setProperty("gov.nist.javax.sip.NETWORK_LAYER", TlsNetworkLayer.class.getName());
    if (tls != null) {
      p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", String.join(",", tls.protocols()));
      p.setProperty(
          "gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(",", tls.cipherSuites()));
      // We hold no certificate of our own: peers reuse the connection we opened.
      p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
    }
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        return true;
      }
    }
    return false;
  }

  private static void stopQuietly(SipStackImpl stack) {
    try {
      stack.stop();
    } catch (RuntimeException e) {
      LOG.debug("JAIN-SIP did not stop cleanly after a failed start", e);
    }
  }

  /** JAIN-SIP's name for a transport: {@code udp}, {@code tcp} or {@code tls}. */
  public static String jainName(SipTransport transport) {
    return transport.name().toLowerCase(Locale.ROOT);
  }

  public SipProvider provider() {
    return provider;
  }

  public AddressFactory addresses() {
    return addresses;
  }

  public HeaderFactory headers() {
    return headers;
  }

  public MessageFactory messages() {
    return messages;
  }

  /** The local address the stack listens on. */
  public String host() {
    return host;
  }

  /** The local port the stack listens on (never 0). */
  public int port() {
    return port;
  }

  public SipTransport transport() {
    return transport;
  }

  /**
   * A fresh Via for a request leaving this endpoint, asking for {@code rport} (RFC 3581) so the
   * server answers where the request came from and says which address that was; the stack fills in
   * the branch.
   */
  public ViaHeader newVia() {
    try {
      ViaHeader via = headers.createViaHeader(host, port, jainName(transport), null);
      via.setRPort();
      return via;
    } catch (ParseException | javax.sip.InvalidArgumentException e) {
      throw new IllegalStateException("cannot build a Via for our own address", e);
    }
  }

  /**
   * Uses {@code host:port} in Contacts from now on: the address the registrar saw our requests come
   * from (behind a NAT). Call on {@code sip-events}.
   */
  public void usePublicAddress(String host, int port) {
    this.publicHost = host;
    this.publicPort = port;
  }

  /**
   * Our Contact for {@code user}: {@code <sip:user@host:port;transport=x>}, with the public address
   * when one was learned.
   */
  public ContactHeader contact(String user) {
    try {
      String learned = publicHost;
      SipURI uri =
          addresses.createSipURI(user, learned == null ? hostForUri() : bracketed(learned));
      uri.setPort(learned == null ? port : publicPort);
      uri.setTransportParam(jainName(transport));
      return headers.createContactHeader(addresses.createAddress(uri));
    } catch (ParseException e) {
      throw new IllegalArgumentException("user part is not valid in a SIP URI", e);
    }
  }

  private String hostForUri() {
    return bracketed(host);
  }

  private static String bracketed(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** Stops the stack. Idempotent; never throws. */
  @Override
  public void close() {
    try {
      provider.removeSipListener(listener);
    } catch (RuntimeException e) {
      LOG.debug("could not detach the SIP listener", e);
    }
    stopQuietly(stack);
  }

  /**
   * Bytes received so far on our latest TCP/TLS connection to {@code ip:port} (0 without one): a
   * CRLF ping was answered when this grew after it was sent. Any thread.
   */
  public long receivedFrom(String ip, int port) {
    return stack.getNetworkLayer() instanceof TlsNetworkLayer ours
        ? ours.receivedFrom(ip, port)
        : 0;
  }

  /** Closes our connection to {@code ip:port}; the next request opens a new one. */
  public void dropConnection(String ip, int port) {
    if (stack.getNetworkLayer() instanceof TlsNetworkLayer ours) {
      ours.drop(ip, port);
    }
  }

  /**
   * Sends a CRLF ping (RFC 5626 section 4.4.1) on the connection to {@code ip:port}. Call on {@code
   * sip-events}.
   */
  public void sendCrlfPing(String ip, int port) throws java.io.IOException {
    ListeningPoint point = provider.getListeningPoint(jainName(transport));
    ((gov.nist.javax.sip.ListeningPointExt) point).sendHeartbeat(ip, port);
  }

  /** Sends a stateless response or request, for messages that have no transaction. */
  public void sendStateless(javax.sip.message.Response response) throws SipException {
    provider.sendResponse(response);
  }
}
