package org.switchboard.app.headless;

import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;

/**
 * The headless agent's queue mode put together: the link to the service, its events on standard
 * output and its commands. Started after registration on {@code main}; closed when the command loop
 * ends (the agent stays logged in: the service's grace period decides, so a restarted agent carries
 * on where it was).
 */
final class QueueMode implements AutoCloseable {
  private final QueueLink link;
  private final Subscription subscription;
  private final QueueCommands commands;

  private QueueMode(QueueLink link, Subscription subscription, QueueCommands commands) {
    this.link = link;
    this.subscription = subscription;
    this.commands = commands;
  }

  /** Starts queue mode for {@code queue}, or returns null when the configuration has none. */
  static @Nullable QueueMode start(
      QueueStarter starter,
      AgentConfig.@Nullable Queue queue,
      CallControl calls,
      EventWriter events)
      throws AgentFailure {
    if (queue == null) {
      return null;
    }
    QueueEvents out = new QueueEvents(events);
    QueueLink link = starter.start(queue, calls, out);
    Subscription subscription = link.session().addListener(out);
    return new QueueMode(link, subscription, new QueueCommands(link, events));
  }

  QueueCommands commands() {
    return commands;
  }

  @Override
  public void close() {
    subscription.close();
    link.close();
  }
}
