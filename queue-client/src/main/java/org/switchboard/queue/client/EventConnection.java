package org.switchboard.queue.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.queue.protocol.ClientMessage;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.Heartbeat;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.Welcome;
import org.switchboard.queue.protocol.WireRole;

/**
 * The client's one event WebSocket. It says hello (or resumes from the last applied sequence of the
 * stream it followed), applies the snapshot and events to its {@link QueueState}, sends heartbeats,
 * and reconnects with {@link Backoff} when the socket drops, the server falls silent for three
 * heartbeats, or a gap in the sequence shows an event was lost. A new stream source (the service
 * restarted) or a resume the service cannot serve brings a snapshot, which replaces the state
 * (resync).
 *
 * <p>Gaps: supervisors and admins see every event, so any skipped number is a gap; an agent sees
 * only its own, so for it only the heartbeat's sequence (everything up to it has been sent) moves
 * its resume point on.
 *
 * <p>Threads: OkHttp's reader thread only decodes and hands over; everything else, listeners
 * included, runs on this connection's {@code queue-events} thread, in order.
 */
public final class EventConnection implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EventConnection.class);

  /** Told of the state and the connection; called on the {@code queue-events} thread, in order. */
  public interface Listener {
    /** The state after {@code cause} (an event or a snapshot) was applied. Must return quickly. */
    void onState(QueueState state, Event cause);

    /**
     * The connection is up ({@code retryIn} null) or down, with the delay before the next attempt.
     */
    default void onConnection(boolean up, @Nullable Duration retryIn) {}
  }

  private final QueueClient client;
  private final Backoff backoff;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "queue-events");
            t.setDaemon(true);
            return t;
          });

  // Owned by the queue-events thread.
  private int generation;
  private @Nullable WebSocket socket;
  private @Nullable Welcome welcome;
  private @Nullable ScheduledFuture<?> heartbeats;
  private @Nullable ScheduledFuture<?> reconnect;
  private long lastHeardNanos;
  private long resumeFrom;
  private boolean closed;
  private volatile QueueState state = QueueState.empty();

  /**
   * @param client signed in; its token and HTTP client are used for the socket
   * @param backoff the delays between reconnection attempts
   */
  public EventConnection(QueueClient client, Backoff backoff) {
    this.client = Objects.requireNonNull(client, "client");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /** Connects; later reconnections happen by themselves until {@link #close()}. */
  public void start() {
    thread.execute(this::connect);
  }

  /** What the client knows now (any thread). */
  public QueueState state() {
    return state;
  }

  /** Adds a listener; it is called for every later change. */
  public Subscription addListener(Listener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Asks the service for a fresh snapshot (it arrives as a state change). */
  public void requestSnapshot() {
    thread.execute(() -> send(new ClientMessage(ClientMessage.SNAPSHOT, null, null)));
  }

  /** Drops the socket as a broken network would; the connection then reconnects and resumes. */
  public void dropForTesting() {
    thread.execute(
        () -> {
          WebSocket s = socket;
          if (s != null) {
            s.cancel();
          }
        });
  }

  /** Closes the socket for good and ends the {@code queue-events} thread. */
  @Override
  public void close() {
    thread.execute(
        () -> {
          closed = true;
          stopTimers();
          WebSocket s = socket;
          if (s != null) {
            s.close(1000, "bye");
          }
        });
    thread.shutdown();
  }

  private void connect() {
    if (closed) {
      return;
    }
    int mine = ++generation;
    welcome = null;
    HttpUrl base = client.base();
    HttpUrl url =
        Objects.requireNonNull(base.resolve(Paths.EVENTS))
            .newBuilder()
            .scheme(base.isHttps() ? "https" : "http")
            .build();
    Request request =
        new Request.Builder()
            .url(url)
            .header(Headers.AUTHORIZATION, "Bearer " + client.token())
            .build();
    socket = client.http().newWebSocket(request, new Reader(mine));
  }

  private void opened(WebSocket s) {
    lastHeardNanos = System.nanoTime();
    String source = state.source();
    send(source == null ? ClientMessage.hello() : ClientMessage.resume(source, resumeFrom));
  }

  private void received(Event event) {
    lastHeardNanos = System.nanoTime();
    switch (event.type()) {
      case EventTypes.WELCOME:
        welcomed(event.dataAs(Welcome.class));
        return;
      case EventTypes.HEARTBEAT:
        heartbeat(event.dataAs(Heartbeat.class));
        return;
      case EventTypes.SNAPSHOT:
        SnapshotView snapshot = event.dataAs(SnapshotView.class);
        if (state.source() != null && !event.source().equals(state.source())) {
          log.info("the queue service restarted ({}): resyncing", event.source());
        }
        resumeFrom = snapshot.sequence();
        publish(QueueState.of(event.source(), snapshot), event);
        return;
      default:
        if (event.sequence() > 0) {
          sequenced(event);
        }
    }
  }

  private void welcomed(Welcome w) {
    welcome = w;
    backoff.reset();
    long period = w.heartbeat().toMillis();
    stopTimers();
    heartbeats = thread.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    listeners.forEach(l -> safely(() -> l.onConnection(true, null)));
  }

  private void beat() {
    Welcome w = welcome;
    if (w == null) {
      return;
    }
    long silentFor = System.nanoTime() - lastHeardNanos;
    if (silentFor > w.heartbeat().multipliedBy(3).toNanos()) {
      log.info("the queue service has been silent for {} ms: reconnecting", silentFor / 1_000_000);
      lost(generation);
      return;
    }
    send(ClientMessage.heartbeat());
  }

  private void heartbeat(Heartbeat hb) {
    if (seesEverything()) {
      if (hb.lastSequence() != resumeFrom) {
        log.info("missed events up to #{} (have #{}): resuming", hb.lastSequence(), resumeFrom);
        lost(generation);
      }
    } else {
      // Everything up to the heartbeat's sequence that this agent may see has arrived.
      resumeFrom = Math.max(resumeFrom, hb.lastSequence());
    }
  }

  private void sequenced(Event event) {
    if (event.sequence() <= resumeFrom) {
      return; // already applied: the service re-sends events after a snapshot request
    }
    if (seesEverything() && event.sequence() != resumeFrom + 1) {
      log.info("event #{} after #{}: resuming", event.sequence(), resumeFrom);
      lost(generation);
      return;
    }
    resumeFrom = event.sequence();
    publish(state.apply(event), event);
  }

  private boolean seesEverything() {
    Welcome w = welcome;
    return w != null && (w.role() == WireRole.SUPERVISOR || w.role() == WireRole.ADMIN);
  }

  private void publish(QueueState next, Event cause) {
    state = next;
    for (Listener l : listeners) {
      safely(() -> l.onState(next, cause));
    }
  }

  /** The socket of {@code gen} is gone or unusable: schedule the next attempt. */
  private void lost(int gen) {
    if (gen != generation || closed) {
      return;
    }
    generation++; // callbacks of the old socket are ignored from now on
    stopTimers();
    WebSocket s = socket;
    if (s != null) {
      s.cancel();
    }
    socket = null;
    Duration delay = backoff.next();
    log.info("queue event socket lost; reconnecting in {} ms", delay.toMillis());
    listeners.forEach(l -> safely(() -> l.onConnection(false, delay)));
    reconnect = thread.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void stopTimers() {
    ScheduledFuture<?> h = heartbeats;
    if (h != null) {
      h.cancel(false);
    }
    ScheduledFuture<?> r = reconnect;
    if (r != null) {
      r.cancel(false);
    }
    heartbeats = null;
    reconnect = null;
  }

  private void send(ClientMessage message) {
    WebSocket s = socket;
    if (s == null) {
      return;
    }
    try {
      s.send(ProtocolJson.mapper().writeValueAsString(message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a " + message.type(), e);
    }
  }

  private static void safely(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("a queue event listener failed", e);
    }
  }

  private void onThread(int gen, Runnable work) {
    try {
      thread.execute(
          () -> {
            if (gen == generation && !closed) {
              work.run();
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      log.debug("the event connection is closed");
    }
  }

  /** OkHttp's callbacks for one socket: decode, then hand over to {@code queue-events}. */
  private final class Reader extends WebSocketListener {
    private final int gen;

    Reader(int gen) {
      this.gen = gen;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      onThread(gen, () -> opened(webSocket));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      Event event;
      try {
        event = ProtocolJson.mapper().readValue(text, Event.class);
      } catch (JsonProcessingException | RuntimeException e) {
        log.warn("an unreadable event from the queue service: {}", e.getMessage());
        onThread(gen, () -> lost(gen));
        return;
      }
      onThread(gen, () -> received(event));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
      log.info("the queue service closed the event socket: {} {}", code, reason);
      onThread(gen, () -> lost(gen));
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      onThread(gen, () -> lost(gen));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
      log.info(
          "the queue event socket failed{}: {}",
          response == null ? "" : " (" + response.code() + ")",
          t.toString());
      onThread(gen, () -> lost(gen));
    }
  }
}
