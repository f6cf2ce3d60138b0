package org.switchboard.queue.service.figures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.CentreRecords;
import org.switchboard.queue.service.centre.ContactCentre;
import org.switchboard.queue.service.centre.Leg;
import org.switchboard.queue.service.timing.Timers;

/**
 * Streams each queue's figures when they change, at most once a second a queue: the first change
 * after a quiet second is published at once (after the command that caused it), later ones are
 * gathered until the second is over. Figures that came out the same are not sent. Runs on the
 * centre's thread: it listens to the centre and its {@link Timers} must run there too.
 */
public final class FiguresPublisher implements AutoCloseable {
  /** The shortest time between two publications of one queue. */
  public static final Duration EVERY = Duration.ofSeconds(1);

  private final ContactCentre centre;
  private final Clock clock;
  private final Timers timers;
  private final FiguresWindow window;
  private final FiguresListener listener;
  private final ContactCentre.Subscription subscription;
  private final Set<String> dirty = new LinkedHashSet<>();
  private final Map<String, Instant> lastSent = new HashMap<>();
  private final Map<String, QueueFigures> lastFigures = new HashMap<>();
  private final Map<String, Set<String>> agentQueues = new HashMap<>();
  private Timers.@Nullable Timer flush;

  /**
   * @param clock the centre's clock
   * @param timers run on the centre's thread
   * @param window where the figures' window starts ({@link FiguresWindow#sinceMidnight} usually)
   * @param listener called on the centre's thread with each publication
   */
  public FiguresPublisher(
      ContactCentre centre,
      Clock clock,
      Timers timers,
      FiguresWindow window,
      FiguresListener listener) {
    this.centre = centre;
    this.clock = clock;
    this.timers = timers;
    this.window = window;
    this.listener = listener;
    this.subscription = centre.addListener(this::onEvent);
  }

  /** The queue's figures now, computed afresh (for a snapshot on request). */
  public QueueFigures figures(String queue) {
    CentreRecords records = centre.records(window.start(centreNow()));
    return FiguresCalculator.compute(records, queue, window.start(records.now()));
  }

  private Instant centreNow() {
    return clock.instant();
  }

  private void onEvent(CentreEvent event) {
    if (event instanceof CentreEvent.AgentChanged) {
      AgentState agent = ((CentreEvent.AgentChanged) event).agent();
      Set<String> before = agentQueues.getOrDefault(agent.id(), Set.of());
      dirty.addAll(before);
      dirty.addAll(agent.queues());
      agentQueues.put(agent.id(), agent.queues());
    } else if (event instanceof CentreEvent.InteractionChanged) {
      ((CentreEvent.InteractionChanged) event)
          .interaction().legs().stream().map(Leg::queue).forEach(dirty::add);
    } else {
      return;
    }
    if (flush == null) {
      flush = timers.schedule(Duration.ZERO, this::flush);
    }
  }

  private void flush() {
    flush = null;
    if (dirty.isEmpty()) {
      return;
    }
    CentreRecords records = null;
    Instant wait = null;
    for (String queue : Set.copyOf(dirty)) {
      Instant now = centreNow();
      Instant last = lastSent.get(queue);
      Instant due = last == null ? now : last.plus(EVERY);
      if (due.isAfter(now)) {
        wait = wait == null || due.isBefore(wait) ? due : wait;
        continue;
      }
      dirty.remove(queue);
      if (records == null) {
        records = centre.records(window.start(now));
      }
      QueueFigures figures = FiguresCalculator.compute(records, queue, window.start(now));
      if (!figures.sameAs(lastFigures.get(queue))) {
        lastFigures.put(queue, figures);
        lastSent.put(queue, now);
        listener.onFigures(figures);
      }
    }
    if (wait != null) {
      flush = timers.schedule(Duration.between(centreNow(), wait), this::flush);
    }
  }

  /** Stops listening to the centre. */
  @Override
  public void close() {
    subscription.close();
    Timers.Timer pending = flush;
    if (pending != null) {
      pending.cancel();
    }
  }
}
