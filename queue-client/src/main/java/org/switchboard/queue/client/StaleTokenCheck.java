package org.switchboard.queue.client;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that the queue service no longer knows a client's token, as after a restart (the service
 * keeps tokens in memory): the event connection then fails on every attempt. After it failed twice
 * in a row, the agent is asked for with the token on the link's thread, and a 401 means signing in
 * again; the connection's next attempt takes the new token.
 *
 * <p>Threads: {@link #onConnection} is called on the connection's thread, the check runs on {@code
 * linkThread}.
 */
public final class StaleTokenCheck {
  /** Failed attempts in a row before the token is checked. */
  static final int DROPS_BEFORE_CHECK = 2;

  private static final Logger log = LoggerFactory.getLogger(StaleTokenCheck.class);

  private final QueueClient client;
  private final String user;
  private final Executor linkThread;
  private final Runnable signInAgain;
  // Owned by the connection's thread.
  private int downInARow;

  /**
   * @param signInAgain signs in again; run on {@code linkThread} when the token is stale
   */
  public StaleTokenCheck(
      QueueClient client, String user, Executor linkThread, Runnable signInAgain) {
    this.client = client;
    this.user = user;
    this.linkThread = linkThread;
    this.signInAgain = signInAgain;
  }

  /** The event connection is up, or failed; called on the connection's thread. */
  public void onConnection(boolean up) {
    if (up) {
      downInARow = 0;
      return;
    }
    downInARow++;
    if (downInARow >= DROPS_BEFORE_CHECK) {
      try {
        linkThread.execute(this::check);
      } catch (RejectedExecutionException e) {
        log.debug("the queue link is closed");
      }
    }
  }

  private void check() {
    try {
      client.agent(user);
    } catch (QueueClientException e) {
      if (e.status() == 401) {
        log.info("the queue service no longer knows the agent's token: signing in again");
        signInAgain.run();
      }
    }
  }
}
