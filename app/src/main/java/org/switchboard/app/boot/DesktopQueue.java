package org.switchboard.app.boot;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.agent.QueueLink;
import org.switchboard.app.settings.QueueSettings;
import org.switchboard.core.Secret;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.queue.client.Backoff;
import org.switchboard.queue.client.EventConnection;
import org.switchboard.queue.client.QueueAgentSession;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.client.QueueClientException;
import org.switchboard.queue.client.StaleTokenCheck;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;

/**
 * The desktop in queue mode: the agent's session with the queue service, linked to the softphone's
 * calls, and the link's state for the agent bar. {@link #start} returns at once; signing in (with
 * the API password from the keychain), logging in to all the agent's queues (ready, unless the
 * agent was logged in already) and opening the event connection happen on the {@code queue-sign-in}
 * thread, retried with backoff while the service is unreachable or refuses, so the phone never
 * waits for the queue. When the event connection keeps failing because the service forgot the
 * agent's token (it restarted), it signs in again ({@link StaleTokenCheck}). {@link #close()} logs
 * the agent out (presence offline) within {@value #SIGN_OUT_SECONDS} seconds and stops everything.
 */
final class DesktopQueue implements QueueLink, AutoCloseable {
  static final long SIGN_OUT_SECONDS = 3;
  private static final Logger log = LoggerFactory.getLogger(DesktopQueue.class);

  private final String user;
  private final QueueClient client;
  private final EventConnection connection;
  private final QueueAgentSession session;
  private final SecretStore secrets;
  private final String passwordKey;
  private final Backoff signInBackoff;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "queue-sign-in");
            t.setDaemon(true);
            return t;
          });
  private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
  private volatile Status status = Status.of(State.CONNECTING);
  private volatile boolean signedIn;
  // Owned by queue-sign-in.
  private boolean connectionStarted;

  private DesktopQueue(
      QueueSettings settings, HttpUrl base, SecretStore secrets, CallControl calls, Clock clock) {
    this.user = settings.user().strip();
    this.secrets = secrets;
    this.passwordKey = settings.passwordKey();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofSeconds(10))
            .callTimeout(Duration.ofSeconds(15))
            .build();
    this.client = new QueueClient(base, http, 1);
    this.connection =
        new EventConnection(
            client, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random()));
    this.signInBackoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random());
    this.session = new QueueAgentSession(user, client, connection, calls, clock);
    StaleTokenCheck tokens = new StaleTokenCheck(client, user, this::onThread, this::signIn);
    connection.addListener(
        new EventConnection.Listener() {
          @Override
          public void onState(
              org.switchboard.queue.client.QueueState state,
              org.switchboard.queue.protocol.Event cause) {}

          @Override
          public void onConnection(boolean up, @Nullable Duration retryIn) {
            tokens.onConnection(up);
            tell(up ? Status.of(State.CONNECTED) : new Status(State.UNREACHABLE, retryIn));
          }
        });
  }

  /**
   * Starts signing in to the queue service of {@code settings} in the background.
   *
   * @param calls the softphone whose incoming calls carry the service's offers
   * @throws IllegalArgumentException naming {@code queue.url} when the address is not a URL
   */
  static DesktopQueue start(
      QueueSettings settings, SecretStore secrets, CallControl calls, Clock clock) {
    HttpUrl base = HttpUrl.parse(settings.url().strip());
    if (base == null) {
      throw new IllegalArgumentException("queue.url: not an http(s) address");
    }
    DesktopQueue queue = new DesktopQueue(settings, base, secrets, calls, clock);
    queue.thread.execute(queue::signIn);
    return queue;
  }

  /** The session itself, for the queue-mode phone and transfer targets. */
  QueueAgentSession queueSession() {
    return session;
  }

  /** The agent's session, following the service (and empty until signed in). */
  AgentSession session() {
    return session;
  }

  @Override
  public Status status() {
    return status;
  }

  @Override
  public Subscription addListener(Consumer<Status> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Logs the agent out (bounded) and stops the session, the connection and the threads. */
  @Override
  public void close() {
    try {
      Future<?> out = thread.submit(this::signOut);
      out.get(SIGN_OUT_SECONDS, TimeUnit.SECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("the queue link was already closed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.warn("signing out of the queue service did not finish: {}", e.toString());
    }
    thread.shutdownNow();
    session.close();
    connection.close();
  }

  private void signIn() {
    Optional<Secret> password;
    try {
      password = secrets.get(passwordKey);
    } catch (SecretStoreException e) {
      log.warn("queue.password: the keychain cannot be read: {}", e.getMessage());
      retry(State.REFUSED);
      return;
    }
    if (password.isEmpty() || user.isEmpty()) {
      log.warn("queue.password: none is saved in the keychain for {}", user);
      retry(State.REFUSED);
      return;
    }
    char[] value = password.get().reveal();
    try {
      client.signIn(user, new String(value));
      signedIn = true;
      signInBackoff.reset();
      if (connectionStarted) {
        log.info("signed in to the queue service again (it had forgotten the agent's token)");
        return; // the connection takes the new token at its next attempt
      }
      AgentView in = client.login(user, List.of());
      if (freshLogin(in.presence())) {
        client.changePresence(user, new PresenceView(WirePresence.READY, null), in.version());
      }
      connectionStarted = true;
      connection.start();
      log.info("signed in to the queue service at {} as {}", client.base(), user);
    } catch (QueueClientException e) {
      boolean refused = e.status() == 401 || e.status() == 403;
      log.warn("queue service sign-in failed: {}", e.getMessage());
      retry(refused ? State.REFUSED : State.UNREACHABLE);
    } catch (RuntimeException e) {
      log.warn("queue service sign-in failed", e);
      retry(State.UNREACHABLE);
    } finally {
      java.util.Arrays.fill(value, '\0');
    }
  }

  /**
   * Whether the service shows the state of a new login (not ready without a reason, or offline):
   * the agent started the desktop to take calls, so it turns ready, as the standalone desktop
   * starts. An agent already logged in (the desktop restarted) keeps the presence they chose.
   */
  private static boolean freshLogin(PresenceView p) {
    return p.presence() == WirePresence.OFFLINE
        || (p.presence() == WirePresence.NOT_READY && p.reason() == null);
  }

  private void retry(State state) {
    Duration delay = signInBackoff.next();
    tell(new Status(state, delay));
    try {
      thread.schedule(this::signIn, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("closed while signing in");
    }
  }

  private void onThread(Runnable work) {
    thread.execute(work);
  }

  private void signOut() {
    if (!signedIn) {
      return;
    }
    try {
      client.logout(user);
      client.signOut();
    } catch (RuntimeException e) {
      log.info("could not sign out of the queue service: {}", e.toString());
    }
  }

  private void tell(Status next) {
    status = Objects.requireNonNull(next, "next");
    for (Consumer<Status> l : listeners) {
      try {
        l.accept(next);
      } catch (RuntimeException e) {
        log.warn("a queue link listener failed", e);
      }
    }
  }
}
