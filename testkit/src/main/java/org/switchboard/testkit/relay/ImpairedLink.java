package org.switchboard.testkit.relay;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One direction of one relayed stream (say RTP from the agent to the peer): each packet handed to
 * {@link #carry} is lost or sent on from {@code out} to the destination after its drawn delay. The
 * relay's reader thread calls {@link #carry}; delayed packets are sent from the {@code delays}
 * executor's thread. The counters may be read from any thread.
 */
final class ImpairedLink {
  private final ImpairmentDice dice;
  private final DatagramChannel out;
  private final ScheduledExecutorService delays;
  private volatile @Nullable InetSocketAddress destination;
  final AtomicLong received = new AtomicLong();
  final AtomicLong lost = new AtomicLong();
  final AtomicLong sent = new AtomicLong();
  final AtomicLong unroutable = new AtomicLong();

  ImpairedLink(ImpairmentDice dice, DatagramChannel out, ScheduledExecutorService delays) {
    this.dice = dice;
    this.out = out;
    this.delays = delays;
  }

  /** Where packets go from now on. */
  void destination(InetSocketAddress to) {
    destination = to;
  }

  /** Called on the relay's reader thread with a packet it received (copied: the caller reuses). */
  void carry(byte[] packet) {
    received.incrementAndGet();
    InetSocketAddress to = destination;
    if (to == null) {
      unroutable.incrementAndGet();
      return;
    }
    long delay = dice.delayNanos();
    if (delay == ImpairmentDice.LOST) {
      lost.incrementAndGet();
    } else if (delay == 0) {
      send(packet, to);
    } else {
      delays.schedule(() -> send(packet, to), delay, TimeUnit.NANOSECONDS);
    }
  }

  private void send(byte[] packet, InetSocketAddress to) {
    try {
      out.send(ByteBuffer.wrap(packet), to);
      sent.incrementAndGet();
    } catch (IOException e) {
      // A closed relay or an unreachable port: the packet is lost, as on a network.
      unroutable.incrementAndGet();
    }
  }
}
