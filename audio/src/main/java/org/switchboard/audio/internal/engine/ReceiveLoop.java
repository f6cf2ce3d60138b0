package org.switchboard.audio.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread, {@code switchboard-rtp-receive}, that reads every call's RTP and RTCP channels
 * through a selector and hands each datagram to its channel's {@link Receiver}. One reusable buffer
 * serves all datagrams: receivers copy what they keep.
 *
 * <p>A receiver that throws is logged and stays registered: malformed input never kills the thread.
 * Registration is thread-safe (queued and applied by the loop).
 */
public final class ReceiveLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReceiveLoop.class);

  /** The name of the receive thread. */
  public static final String THREAD_NAME = "switchboard-rtp-receive";

  /** Larger than any RTP packet we accept (a 120 ms Opus frame plus SRTP overhead fits). */
  static final int BUFFER_SIZE = 2048;

  /** Gets the datagrams of one channel, on the receive thread. */
  @FunctionalInterface
  public interface Receiver {
    /**
     * One datagram, in {@code data[0..length)}; the array is reused after this returns.
     *
     * @param from the datagram's source
     */
    void onDatagram(byte[] data, int length, InetSocketAddress from);
  }

  private final Selector selector;
  private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
  private final Thread thread;
  private volatile boolean closed;

  public ReceiveLoop() {
    try {
      selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a selector for RTP", e);
    }
    thread = new Thread(this::run, THREAD_NAME);
    thread.setDaemon(true);
    thread.setPriority(Thread.MAX_PRIORITY);
    thread.start();
  }

  /** Starts delivering {@code channel}'s datagrams to {@code receiver}. */
  public void register(DatagramChannel channel, Receiver receiver) {
    pending.add(
        () -> {
          try {
            channel.register(selector, SelectionKey.OP_READ, receiver);
          } catch (ClosedChannelException e) {
            LOG.debug("channel closed before it was registered");
          }
        });
    selector.wakeup();
  }

  /** Stops delivering {@code channel}'s datagrams (closing the channel does too). */
  public void unregister(DatagramChannel channel) {
    pending.add(
        () -> {
          SelectionKey key = channel.keyFor(selector);
          if (key != null) {
            key.cancel();
          }
        });
    selector.wakeup();
  }

  private void run() {
    while (!closed) {
      try {
        selector.select(1000);
        for (Runnable change; (change = pending.poll()) != null; ) {
          change.run();
        }
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          drain(key);
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("RTP receive loop: {}", e.toString(), e);
      }
    }
    closeSelector();
  }

  private void drain(SelectionKey key) {
    if (!key.isValid()) {
      return;
    }
    DatagramChannel channel = (DatagramChannel) key.channel();
    Receiver receiver = (Receiver) key.attachment();
    // A few datagrams per wake-up at most, so one busy channel cannot starve the others.
    for (int i = 0; i < 8; i++) {
      @Nullable SocketAddress from;
      buffer.clear();
      try {
        from = channel.receive(buffer);
      } catch (IOException e) {
        // ICMP port unreachable shows up here on some systems; the peer may not listen yet.
        LOG.debug("RTP receive: {}", e.toString());
        return;
      }
      if (from == null) {
        return;
      }
      deliver(receiver, buffer.position(), (InetSocketAddress) from);
    }
  }

  private void deliver(Receiver receiver, int length, InetSocketAddress from) {
    try {
      receiver.onDatagram(buffer.array(), length, from);
    } catch (RuntimeException e) {
      LOG.warn("a datagram from {} could not be handled; dropped", from, e);
    }
  }

  private void closeSelector() {
    try {
      selector.close();
    } catch (IOException e) {
      LOG.debug("closing the RTP selector failed", e);
    }
  }

  /** Stops the thread. Idempotent. Channels stay open (their sessions close them). */
  @Override
  public void close() {
    closed = true;
    selector.wakeup();
  }

  /** Whether the receive thread runs (for diagnostics and tests). */
  public boolean isAlive() {
    return thread.isAlive();
  }
}
