package org.switchboard.app.headless;

import org.switchboard.core.call.CallControl;

/**
 * Starts the link to the queue service for a configuration's {@code queue} section. Implemented by
 * the composition root, which alone may name the queue client's classes; tests pass fakes.
 */
@FunctionalInterface
public interface QueueStarter {
  /**
   * Starts the link without waiting for the service: signing in, logging in and connecting happen
   * in the background. Called on the {@code main} thread.
   *
   * @param calls the softphone: offers and wrap-ups name the SIP call whose INVITE carries the
   *     interaction
   * @param listener told of the connection's state
   * @throws AgentFailure naming the setting at fault
   */
  QueueLink start(AgentConfig.Queue queue, CallControl calls, QueueLink.Listener listener)
      throws AgentFailure;

  /** For agents built without a queue client: refuses any {@code queue} section. */
  static QueueStarter none() {
    return (queue, calls, listener) -> {
      throw new AgentFailure(ExitCode.USAGE, "queue: this build has no queue client");
    };
  }
}
