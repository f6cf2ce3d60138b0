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
  private final Subscription consults;
  private final QueueCommands commands;
  private final CallControl phone;

  private QueueMode(
      QueueLink link,
      Subscription subscription,
      Subscription consults,
      QueueCommands commands,
      CallControl phone) {
    this.link = link;
    this.subscription = subscription;
    this.consults = consults;
    this.commands = commands;
    this.phone = phone;
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
    CallControl phone = link.calls(calls);
    Subscription consults =
        phone.hostedConsults().map(h -> h.addListener(out::onConsult)).orElse(() -> {});
    return new QueueMode(link, subscription, consults, new QueueCommands(link, events), phone);
  }

  /** The phone the commands use: transfers and consults of the service's calls go through it. */
  CallControl phone() {
    return phone;
  }

  QueueCommands commands() {
    return commands;
  }

  @Override
  public void close() {
    subscription.close();
    consults.close();
    link.close();
  }
}
