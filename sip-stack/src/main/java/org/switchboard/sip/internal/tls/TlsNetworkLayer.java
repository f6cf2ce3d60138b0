package org.switchboard.sip.internal.tls;

import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;

/**
 * JAIN-SIP's sockets, with TLS from our {@link TlsSettings} instead of JAIN-SIP's own setup (which
 * trusts any certificate and offers anonymous suites). Connections time out after {@link
 * #CONNECT_TIMEOUT_MS} so an unreachable server fails fast. JAIN-SIP creates this class by name and
 * hands it the stack, whose configuration carries the settings under {@link #SETTINGS_KEY}. Called
 * on whichever thread JAIN-SIP sends from (for requests: {@code sip-events}).
 */
public final class TlsNetworkLayer implements NetworkLayer {
  private static final Map<String, TlsSettings> HANDED_OVER = new ConcurrentHashMap<>();

  /** How long a TCP or TLS connection may take to open. */
  public static final int CONNECT_TIMEOUT_MS = 3000;

  private @Nullable TlsSettings settings;
  // The latest connection we opened to each peer ("ip:port"), for keep-alive's liveness check.
  private final Map<String, WatchedSocket> opened = new ConcurrentHashMap<>();

  /** For JAIN-SIP, which instantiates network layers by class name. */
  public TlsNetworkLayer() {}

  /**
   * Leaves {@code tls} for the network layer of the stack named {@code stackName}, which takes it
   * while the stack is created; {@link #withdraw} removes it if the stack never took it.
   */
  public static void handOver(String stackName, TlsSettings tls) {
    HANDED_OVER.put(stackName, tls);
  }

  /** Removes what {@link #handOver} left for {@code stackName}, if the stack did not take it. */
  public static void withdraw(String stackName) {
    HANDED_OVER.remove(stackName);
  }

  @Override
  public void setSipStack(SipStackImpl stack) {
    settings = HANDED_OVER.remove(stack.getStackName());
  }

  private TlsSettings settings() throws IOException {
    TlsSettings s = settings;
    if (s == null) {
      throw new IOException("TLS is not configured for this SIP stack");
    }
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    return new ServerSocket(port, backlog, bindAddress);
  }

  @Override
  public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    TlsSettings s = settings();
    SSLServerSocket socket =
        (SSLServerSocket)
            s.context().getServerSocketFactory().createServerSocket(port, backlog, bindAddress);
    socket.setSSLParameters(parameters(s));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port) throws IOException {
    return connect(new Socket(), address, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, @Nullable InetAddress myAddress)
      throws IOException {
    return createSocket(address, port, myAddress, 0);
  }

  @Override
  public Socket createSocket(
      InetAddress address, int port, @Nullable InetAddress myAddress, int myPort)
      throws IOException {
    WatchedSocket socket = new WatchedSocket();
    socket.bind(myAddress == null ? null : new InetSocketAddress(myAddress, myPort));
    connect(socket, address, port);
    opened.put(key(address.getHostAddress(), port), socket);
    return socket;
  }

  /**
   * Bytes received so far on our latest connection to {@code ip:port}, or 0 when there is none. Any
   * thread.
   */
  public long receivedFrom(String ip, int port) {
    WatchedSocket socket = opened.get(key(ip, port));
    return socket == null || socket.isClosed() ? 0 : socket.received();
  }

  /** Closes our latest connection to {@code ip:port}, so the next request opens a new one. */
  public void drop(String ip, int port) {
    WatchedSocket socket = opened.remove(key(ip, port));
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing a dead connection may fail; it is gone either way.
      }
    }
  }

  private static String key(String ip, int port) {
    return ip + ":" + port;
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
    return createSSLSocket(address, port, null);
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port, @Nullable InetAddress myAddress)
      throws IOException {
    TlsSettings s = settings();
    // TLS layered over a watched plain connection, so keep-alive sees the bytes arriving.
    Socket plain = createSocket(address, port, myAddress, 0);
    SSLSocket socket =
        (SSLSocket)
            s.context()
                .getSocketFactory()
                .createSocket(plain, address.getHostAddress(), port, true);
    socket.setSSLParameters(parameters(s));
    return socket;
  }

  @Override
  public DatagramSocket createDatagramSocket() throws SocketException {
    return new DatagramSocket();
  }

  @Override
  public DatagramSocket createDatagramSocket(int port, InetAddress address) throws SocketException {
    return new DatagramSocket(port, address);
  }

  private static SSLParameters parameters(TlsSettings s) {
    SSLParameters parameters = s.context().getDefaultSSLParameters();
    parameters.setProtocols(s.protocols().toArray(String[]::new));
    parameters.setCipherSuites(s.cipherSuites().toArray(String[]::new));
    return parameters;
  }

  private static <T extends Socket> T connect(T socket, InetAddress address, int port)
      throws IOException {
    try {
      socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MS);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }
}
