package org.switchboard.app.agent;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;

/**
 * The desktop's link to a queue service as the agent bar shows it: none (a standalone softphone),
 * signing in, connected, or cut off (unreachable, or the sign-in refused) with the delay before the
 * next attempt. The composition root implements it over the queue client; nothing here knows the
 * protocol.
 */
public interface QueueLink {
  /** Where the link stands. */
  enum State {
    /** No queue service is set. */
    STANDALONE,
    /** Signing in, or the event connection is being opened. */
    CONNECTING,
    /** Signed in and following the service's events. */
    CONNECTED,
    /** The service cannot be reached; the desktop keeps trying. */
    UNREACHABLE,
    /** The service refused the user id or the API password; the desktop keeps trying. */
    REFUSED
  }

  /**
   * The link's state now.
   *
   * @param retryIn the delay before the next attempt when cut off; null otherwise
   */
  record Status(State state, @Nullable Duration retryIn) {
    public Status {
      Objects.requireNonNull(state, "state");
    }

    /** {@code state} with no retry pending. */
    public static Status of(State state) {
      return new Status(state, null);
    }
  }

  /** The state now (any thread). */
  Status status();

  /**
   * Tells {@code listener} of every later change; called on the link's own thread ({@code
   * queue-sign-in} or {@code queue-events}), must return quickly and hop to its own thread.
   */
  Subscription addListener(Consumer<Status> listener);

  /** The link of a desktop without a queue service: always {@link State#STANDALONE}. */
  static QueueLink standalone() {
    return new QueueLink() {
      @Override
      public Status status() {
        return Status.of(State.STANDALONE);
      }

      @Override
      public Subscription addListener(Consumer<Status> listener) {
        return () -> {};
      }
    };
  }
}
