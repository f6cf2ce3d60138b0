package org.switchboard.app.headless;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.call.CallControl;

/**
 * The agent's link to a queue service (queue mode): its session (presence, offers, wrap-ups), queue
 * login and logout, and the event connection's state. Started by a {@link QueueStarter}; signing in
 * happens in the background and is retried while the service cannot be reached, so telephony never
 * waits for it.
 */
public interface QueueLink extends AutoCloseable {
  /** The connection's state as the agent reports it. */
  enum Connection {
    /** Signing in failed for a reason that retrying will not fix (e.g. a wrong password). */
    SIGN_IN_FAILED,
    /** The service cannot be reached (signing in or the event socket); retrying. */
    RECONNECTING,
    /** The event socket is up. */
    CONNECTED,
    /** After a reconnection, a fresh snapshot of the agent's state has been applied. */
    RESYNCED
  }

  /**
   * Told of the connection; called on the link's own threads (signing in and the event connection
   * have one each, so calls may overlap: implementations synchronise).
   */
  @FunctionalInterface
  interface Listener {
    /**
     * @param retryIn the delay before the next attempt, for {@link Connection#RECONNECTING}
     * @param detail why, for {@link Connection#SIGN_IN_FAILED} and {@link Connection#RECONNECTING}
     */
    void onConnection(Connection state, @Nullable Duration retryIn, @Nullable String detail);
  }

  /** The agent's session at the service. */
  AgentSession session();

  /**
   * The phone as the agent uses it in queue mode: a link to a queue service returns one whose
   * transfers and consults of the service's calls go through the service ({@link
   * CallControl#hostedConsults()}); by default {@code phone} itself.
   */
  default CallControl calls(CallControl phone) {
    return phone;
  }

  /** Logs the agent in to its configured queues; completes on the link's thread. */
  CompletableFuture<Void> login();

  /** Logs the agent out of every queue; completes on the link's thread. */
  CompletableFuture<Void> logout();

  /** Closes the event connection and the session's threads (without logging out). */
  @Override
  void close();
}
