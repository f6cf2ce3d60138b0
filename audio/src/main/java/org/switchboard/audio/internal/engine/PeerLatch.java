package org.switchboard.audio.internal.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;

/**
 * Symmetric RTP, latched only to the negotiated peer: datagrams are taken only from the negotiated
 * address; the first valid packet from it fixes the peer's port (a NAT may have changed it), and
 * from then on we send there and take datagrams only from there. A renegotiation starts over.
 * Anyone else's packets are dropped and counted, so a stranger cannot inject audio or steal the
 * stream.
 *
 * <p>Written on {@code switchboard-rtp-receive} (and reset from {@code sip-events}); read on {@code
 * switchboard-media-clock}: fields are volatile.
 */
final class PeerLatch {
  private volatile InetAddress negotiated;
  private volatile @Nullable InetSocketAddress latched;
  private volatile long dropped;

  PeerLatch(InetSocketAddress remote) {
    this.negotiated = remote.getAddress();
  }

  /** Starts over for a renegotiated peer. */
  void reset(InetSocketAddress remote) {
    negotiated = remote.getAddress();
    latched = null;
  }

  /** Whether a datagram from {@code from} may be the peer's (before it is validated). */
  boolean accept(InetSocketAddress from) {
    InetSocketAddress current = latched;
    boolean ok = current != null ? current.equals(from) : negotiated.equals(from.getAddress());
    if (!ok) {
      dropped++;
    }
    return ok;
  }

  /** Fixes the peer's address once a valid packet came from {@code from}. */
  void confirm(InetSocketAddress from) {
    if (latched == null) {
      latched = from;
    }
  }

  /** Where to send: the latched source, else the negotiated address. */
  InetSocketAddress target(InetSocketAddress negotiatedTarget) {
    InetSocketAddress current = latched;
    return current != null ? current : negotiatedTarget;
  }

  /** Datagrams dropped because they came from elsewhere. */
  long dropped() {
    return dropped;
  }
}
