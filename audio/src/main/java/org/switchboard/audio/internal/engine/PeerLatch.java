package org.switchboard.audio.internal.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;

/**
 * Symmetric RTP, latched to the negotiated peer. Until a source is latched, datagrams are taken
 * from the negotiated address, and, during the first {@link #LEARNING_NANOS} after each
 * negotiation, from another address too (a peer behind NAT, or bound to every address and sending
 * from another one). A source is latched by the first valid packet from the negotiated address, or
 * by {@link #STRICT_RUN} valid packets in sequence from one other address; from then on only that
 * source is heard and we send there. Anyone else's packets are dropped and counted, so a stranger
 * cannot inject audio or take the stream over once it runs. This is the "learning" scheme of strict
 * RTP in common PBXs; a renegotiation starts over.
 *
 * <p>Written on {@code switchboard-rtp-receive} (and reset from {@code sip-events}); read on {@code
 * switchboard-media-clock}: fields are volatile.
 */
final class PeerLatch {
  static final long LEARNING_NANOS = 2_000_000_000L;
  static final int STRICT_RUN = 4;

  private volatile InetAddress negotiated;
  private volatile long learningUntil;
  private volatile @Nullable InetSocketAddress latched;
  private @Nullable InetSocketAddress candidate;
  private int run;
  private int lastSequence = -1;
  private volatile long dropped;

  private final @Nullable PeerLatch rtp;

  /** A latch for RTP. */
  PeerLatch(InetSocketAddress remote) {
    this(remote, null);
  }

  /**
   * A latch for RTCP, which also takes the address {@code rtp} latched to (RTCP comes from the same
   * host as the peer's RTP, on its own port).
   */
  PeerLatch(InetSocketAddress remote, @Nullable PeerLatch rtp) {
    this.negotiated = remote.getAddress();
    this.rtp = rtp;
  }

  private boolean sameHostAsRtp(InetSocketAddress from) {
    InetSocketAddress media = rtp == null ? null : rtp.latched;
    return media != null && media.getAddress().equals(from.getAddress());
  }

  /** Starts over for a renegotiated peer. */
  void reset(InetSocketAddress remote) {
    negotiated = remote.getAddress();
    learningUntil = System.nanoTime() + LEARNING_NANOS;
    latched = null;
    candidate = null;
    run = 0;
  }

  /** Whether a datagram from {@code from} may be the peer's (before it is validated). */
  boolean accept(InetSocketAddress from) {
    InetSocketAddress current = latched;
    boolean ok;
    if (current != null) {
      ok = current.equals(from);
    } else {
      ok =
          negotiated.equals(from.getAddress())
              || sameHostAsRtp(from)
              || System.nanoTime() - learningUntil < 0;
    }
    if (!ok) {
      dropped++;
    }
    return ok;
  }

  /**
   * A valid packet came from {@code from} with RTP sequence {@code sequence} (-1 for RTCP, which
   * latches only from the negotiated address).
   */
  void confirm(InetSocketAddress from, int sequence) {
    if (latched != null) {
      return;
    }
    if (negotiated.equals(from.getAddress()) || sameHostAsRtp(from)) {
      latched = from;
      return;
    }
    if (sequence < 0) {
      return;
    }
    if (from.equals(candidate) && sequence == ((lastSequence + 1) & 0xFFFF)) {
      run++;
    } else {
      candidate = from;
      run = 1;
    }
    lastSequence = sequence;
    if (run >= STRICT_RUN) {
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
