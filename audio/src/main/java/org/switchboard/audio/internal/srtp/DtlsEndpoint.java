package org.switchboard.audio.internal.srtp;

import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.media.DtlsFingerprint;

/**
 * One call's DTLS-SRTP association (RFC 5764) over the call's RTP socket. The engine hands it the
 * datagrams whose first byte is 20-63 ({@link #onDatagram}); it sends through the given sender. The
 * handshake runs on its own short-lived thread, {@code switchboard-dtls-<call>}, because bctls's
 * handshake blocks; bctls retransmits each flight with growing timeouts and gives up after {@code
 * handshakeTimeoutMillis}. After the handshake the thread stays to answer a peer that retransmits
 * its last flight, until {@link #close()}.
 *
 * <p>{@link #transform()} is null until the handshake completes: until then no media may be sent.
 */
public final class DtlsEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DtlsEndpoint.class);
  private static final int AFTER_HANDSHAKE_POLL_MILLIS = 1000;

  /**
   * BouncyCastle's own provider, not registered globally: peers such as baresip (OpenSSL) sign with
   * RSA-PSS, whose bctls algorithm name the JDK's providers do not know.
   */
  private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

  /** Hears how the handshake ended. Called on the endpoint's handshake thread. */
  public interface Listener {
    /** The keys are ready; {@code transform} protects and unprotects from now on. */
    void onReady(PacketTransform transform);

    /** The handshake failed (timeout, fingerprint mismatch, no common profile...). */
    void onFailed(String reason);
  }

  private final DtlsCertificate certificate;
  private final DtlsFingerprint expected;
  private final boolean client;
  private final QueuedDatagrams datagrams;
  private final Listener listener;
  private final int handshakeTimeoutMillis;
  private final Thread thread;
  private volatile @Nullable SrtpTransform transform;
  private volatile boolean closed;

  /**
   * @param certificate ours
   * @param expected the fingerprint from the peer's SDP
   * @param client whether we start the handshake ({@code a=setup:active})
   * @param sender sends a datagram to the peer on the call's RTP socket
   * @param name names the handshake thread (the call's id)
   */
  public DtlsEndpoint(
      DtlsCertificate certificate,
      DtlsFingerprint expected,
      boolean client,
      QueuedDatagrams.Sender sender,
      Listener listener,
      int handshakeTimeoutMillis,
      String name) {
    this.certificate = certificate;
    this.expected = expected;
    this.client = client;
    this.datagrams = new QueuedDatagrams(sender);
    this.listener = listener;
    this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    this.thread = new Thread(this::run, "switchboard-dtls-" + name);
    thread.setDaemon(true);
  }

  /** Starts the handshake (a client sends its ClientHello now). */
  public void start() {
    thread.start();
  }

  /**
   * A DTLS datagram arrived on the call's RTP socket. Called on {@code switchboard-rtp-receive};
   * copies and returns at once.
   */
  public void onDatagram(byte[] datagram, int length) {
    if (!datagrams.offer(datagram, length)) {
      LOG.debug("DTLS datagram dropped: queue full or closed");
    }
  }

  /** The SRTP keys from the handshake, or null while it runs or after it failed. */
  public @Nullable PacketTransform transform() {
    return transform;
  }

  private void run() {
    try {
      JcaTlsCrypto crypto =
          new JcaTlsCryptoProvider().setProvider(PROVIDER).create(new SecureRandom());
      DTLSTransport dtls;
      SrtpTransform keys;
      if (client) {
        DtlsSrtpClient peer =
            new DtlsSrtpClient(crypto, certificate, expected, handshakeTimeoutMillis);
        dtls = new DTLSClientProtocol().connect(peer, datagrams);
        keys = peer.transform();
      } else {
        DtlsSrtpServer peer =
            new DtlsSrtpServer(crypto, certificate, expected, handshakeTimeoutMillis);
        dtls = new DTLSServerProtocol().accept(peer, datagrams);
        keys = peer.transform();
      }
      if (keys == null) {
        throw new IOException("the handshake ended without SRTP keys");
      }
      transform = keys;
      LOG.info("DTLS-SRTP handshake done as {}", client ? "client" : "server");
      listener.onReady(keys);
      serveRetransmissions(dtls);
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.warn("DTLS-SRTP handshake failed as {}: {}", client ? "client" : "server", reason);
        LOG.debug("DTLS-SRTP handshake failure", e);
        listener.onFailed(reason);
      }
    }
  }

  /** Keeps reading so bctls can resend its last flight to a peer that missed it. */
  private void serveRetransmissions(DTLSTransport dtls) {
    byte[] buffer = new byte[2048];
    while (!closed) {
      try {
        dtls.receive(buffer, 0, buffer.length, AFTER_HANDSHAKE_POLL_MILLIS);
      } catch (IOException | RuntimeException e) {
        return; // closed, or the peer sent close_notify: SRTP keys stay valid
      }
    }
  }

  /** Stops the thread and forgets the transport. Idempotent. */
  @Override
  public void close() {
    closed = true;
    datagrams.close();
    thread.interrupt();
    SrtpTransform keys = transform;
    if (keys != null) {
      keys.close();
    }
  }
}
