package org.switchboard.app.boot;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.QueueLink;
import org.switchboard.app.headless.QueueLink.Connection;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.call.CallControl;
import org.switchboard.queue.client.Backoff;
import org.switchboard.queue.client.EventConnection;
import org.switchboard.queue.client.QueueAgentSession;
import org.switchboard.queue.client.QueueCallControl;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.client.QueueClientException;
import org.switchboard.queue.client.QueueState;
import org.switchboard.queue.client.StaleTokenCheck;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.EventTypes;

/**
 * The headless agent's {@link QueueLink} on the queue client. On its {@code queue-link} thread it
 * signs in and logs in to the configured queues, retrying with backoff while the service cannot be
 * reached (telephony never waits for it), then starts the event connection. After the connection
 * comes back it asks for a snapshot and reports {@link Connection#RESYNCED} once it is applied;
 * while the connection stays down it checks the token and signs in again when the service no longer
 * knows it (the service restarted).
 *
 * <p>Threads: sign-in, login and logout run on {@code queue-link}; the connection's callbacks
 * arrive on {@code queue-events}. The listener is called from both threads.
 */
final class QueueServiceLink implements QueueLink, EventConnection.Listener {
  private static final Logger log = LoggerFactory.getLogger(QueueServiceLink.class);

  private final AgentConfig.Queue config;
  private final QueueClient client;
  private final EventConnection connection;
  private final QueueAgentSession session;
  private final QueueLink.Listener listener;
  private final Backoff signInBackoff;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "queue-link");
            t.setDaemon(true);
            return t;
          });
  private final Subscription subscription;
  private final StaleTokenCheck tokens;

  // Owned by queue-link.
  private boolean connectionStarted;
  // Owned by queue-events.
  private boolean wasDown;
  private boolean resyncPending;

  QueueServiceLink(
      AgentConfig.Queue config,
      QueueClient client,
      EventConnection connection,
      QueueAgentSession session,
      QueueLink.Listener listener,
      Backoff signInBackoff) {
    this.config = config;
    this.client = client;
    this.connection = connection;
    this.session = session;
    this.listener = listener;
    this.signInBackoff = signInBackoff;
    this.subscription = connection.addListener(this);
    this.tokens = new StaleTokenCheck(client, config.user(), this::execute, this::signIn);
  }

  /** Starts signing in in the background. */
  void start() {
    execute(this::signIn);
  }

  @Override
  public AgentSession session() {
    return session;
  }

  /** Transfers and consults of the service's calls go through the service. */
  @Override
  public CallControl calls(CallControl phone) {
    return new QueueCallControl(phone, session);
  }

  @Override
  public CompletableFuture<Void> login() {
    return onLink(() -> client.login(config.user(), config.queues()));
  }

  @Override
  public CompletableFuture<Void> logout() {
    return onLink(() -> client.logout(config.user()));
  }

  @Override
  public void close() {
    subscription.close();
    session.close();
    connection.close();
    thread.shutdownNow();
    client.http().dispatcher().executorService().shutdown();
    client.http().connectionPool().evictAll();
  }

  /** On {@code queue-link}: sign in, log in, connect; a reachable refusal stops the attempts. */
  private void signIn() {
    try {
      client.signIn(config.user(), new String(config.password().reveal()));
      if (!connectionStarted) {
        client.login(config.user(), config.queues());
        connectionStarted = true;
        connection.start();
      }
      signInBackoff.reset();
    } catch (QueueClientException e) {
      if (e.status() == 0 || e.status() >= 500) {
        Duration delay = signInBackoff.next();
        log.info(
            "the queue service cannot be reached ({}); retrying in {} ms", e, delay.toMillis());
        listener.onConnection(Connection.RECONNECTING, delay, e.getMessage());
        thread.schedule(this::signIn, delay.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        log.warn("the queue service refused the agent: {}", e.getMessage());
        listener.onConnection(Connection.SIGN_IN_FAILED, null, e.getMessage());
      }
    } catch (RuntimeException e) {
      log.warn("signing in to the queue service failed", e);
      listener.onConnection(Connection.SIGN_IN_FAILED, null, String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void onConnection(boolean up, @Nullable Duration retryIn) {
    tokens.onConnection(up);
    if (up) {
      listener.onConnection(Connection.CONNECTED, null, null);
      if (wasDown) {
        resyncPending = true;
        connection.requestSnapshot();
      }
      return;
    }
    wasDown = true;
    listener.onConnection(Connection.RECONNECTING, retryIn, "the event connection dropped");
  }

  @Override
  public void onState(QueueState state, Event cause) {
    if (resyncPending && cause.type().equals(EventTypes.SNAPSHOT)) {
      resyncPending = false;
      listener.onConnection(Connection.RESYNCED, null, null);
    }
  }

  private CompletableFuture<Void> onLink(Runnable command) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    execute(
        () -> {
          try {
            command.run();
            done.complete(null);
          } catch (QueueClientException e) {
            done.completeExceptionally(new IllegalStateException(e.getMessage(), e));
          } catch (RuntimeException e) {
            done.completeExceptionally(e);
          }
        });
    return done;
  }

  private void execute(Runnable work) {
    try {
      thread.execute(work);
    } catch (RejectedExecutionException e) {
      log.debug("the queue link is closed");
    }
  }
}
