package org.switchboard.queue.service.api;

import io.javalin.websocket.WsContext;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected WebSocket client. Messages for it go into a bounded queue and are written one at a
 * time with Jetty's asynchronous send, so whoever sends (the centre's thread above all) never waits
 * on the network. A client whose queue overflows is closed; it reconnects and resumes or resyncs.
 * Thread-safe: {@link #send} may be called from any thread; the writes' callbacks run on Jetty's
 * threads.
 */
final class EventClient {
  /** WebSocket close code: the client fell too far behind. */
  static final int CLOSE_TOO_SLOW = 4001;

  /** WebSocket close code: no heartbeat (or hello) from the client in time. */
  static final int CLOSE_SILENT = 4002;

  /** WebSocket close code: the client sent something unreadable. */
  static final int CLOSE_BAD_MESSAGE = 1007;

  private static final Logger log = LoggerFactory.getLogger(EventClient.class);

  private final Principal principal;
  private final String token;
  private final WsContext socket;
  private final Clock clock;
  private final ArrayBlockingQueue<String> outgoing;
  private final AtomicBoolean writing = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean greeted = new AtomicBoolean();
  private volatile Instant lastHeard;
  private volatile Instant lastHeartbeat;

  EventClient(Principal principal, String token, WsContext socket, int capacity, Clock clock) {
    this.principal = principal;
    this.token = token;
    this.socket = socket;
    this.clock = clock;
    this.outgoing = new ArrayBlockingQueue<>(capacity);
    this.lastHeard = clock.instant();
    this.lastHeartbeat = lastHeard;
  }

  Principal principal() {
    return principal;
  }

  /** The bearer token the client connected with; never logged. */
  String token() {
    return token;
  }

  String id() {
    return socket.sessionId();
  }

  /** Queues {@code json} for the client; closes the client when its queue is full. */
  void send(String json) {
    if (closed.get()) {
      return;
    }
    if (!outgoing.offer(json)) {
      log.warn(
          "closing the event socket of {}: {} messages not yet sent",
          principal.user(),
          outgoing.size());
      close(CLOSE_TOO_SLOW, "too slow: resume to catch up");
      return;
    }
    pump();
  }

  /** Records that the client said something (any message counts as a heartbeat). */
  void heard() {
    lastHeard = clock.instant();
  }

  Instant lastHeard() {
    return lastHeard;
  }

  Instant lastHeartbeat() {
    return lastHeartbeat;
  }

  void heartbeatSent() {
    lastHeartbeat = clock.instant();
  }

  /** Marks the client's hello as received; false when it had already said hello. */
  boolean greet() {
    return greeted.compareAndSet(false, true);
  }

  boolean greeted() {
    return greeted.get();
  }

  boolean isClosed() {
    return closed.get();
  }

  /** Closes the socket with {@code code}; the socket's close handler then detaches the client. */
  void close(int code, String reason) {
    if (closed.compareAndSet(false, true)) {
      outgoing.clear();
      try {
        socket.closeSession(code, reason);
      } catch (RuntimeException e) {
        log.debug("closing an event socket failed", e);
      }
    }
  }

  /**
   * Writes queued messages one after the other. A write that completes inside {@code sendString}
   * lets this loop go on; one that completes later resumes pumping from its callback, so the stack
   * never grows with the queue.
   */
  private void pump() {
    while (!closed.get() && writing.compareAndSet(false, true)) {
      String next = outgoing.poll();
      if (next == null) {
        writing.set(false);
        if (outgoing.isEmpty()) {
          return;
        }
        continue;
      }
      Write write = new Write();
      try {
        socket.session.getRemote().sendString(next, write);
      } catch (RuntimeException e) {
        write.writeFailed(e);
        return;
      }
      if (write.returnBeforeCompletion()) {
        return;
      }
    }
  }

  /** One write's callback. */
  private final class Write implements WriteCallback {
    private static final int PENDING = 0;
    private static final int RETURNED = 1;
    private static final int DONE = 2;
    private final AtomicInteger state = new AtomicInteger(PENDING);

    /** True when the write is still running, so its callback will carry on pumping. */
    boolean returnBeforeCompletion() {
      return state.compareAndSet(PENDING, RETURNED);
    }

    @Override
    public void writeSuccess() {
      writing.set(false);
      if (state.getAndSet(DONE) == RETURNED) {
        pump();
      }
    }

    @Override
    public void writeFailed(Throwable failure) {
      log.debug("an event write to {} failed: {}", principal.user(), failure.toString());
      state.set(DONE);
      writing.set(false);
      close(CLOSE_TOO_SLOW, "write failed");
    }
  }
}
