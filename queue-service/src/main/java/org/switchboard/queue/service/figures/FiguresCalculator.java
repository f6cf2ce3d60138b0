package org.switchboard.queue.service.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.centre.AgentSegment;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.CentreRecords;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.Leg;
import org.switchboard.queue.service.centre.LegOutcome;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.centre.RoutingState;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ServiceLevel;

/**
 * Computes a queue's figures from raw records. Definitions (industry usage varies; these are ours):
 *
 * <ul>
 *   <li>Counted legs: the queue's legs routed by the queue (not transfers to a named agent, not
 *       consult legs), whose answer, abandon, callback or overflow falls in the window.
 *   <li>Service level = answered within threshold / (answered + abandoned), where abandoned leaves
 *       out callers who hung up sooner than the queue's short-abandon time (when it is above zero).
 *       Callbacks and overflows are in neither part.
 *   <li>ASA = mean of (answered − enqueued) over answered legs; a missed offer keeps the enqueue
 *       time, so the wait counts from the caller's arrival in the queue.
 *   <li>AHT = mean of (wrap-up end − answered), i.e. talk + hold + wrap-up, over the queue's legs
 *       (transfers to an agent included) whose wrap-up ended in the window.
 *   <li>Abandon rate = abandoned / (answered + abandoned), with the same short-abandon rule.
 *   <li>Occupancy = handling / (handling + ready idle) over the window, for agents while logged in
 *       to the queue: handling is connected, held and wrap-up time (whichever queue's call it was);
 *       ready idle is ready presence while idle, reserved or alerting. Not-ready and not-responding
 *       time is in neither part.
 * </ul>
 */
public final class FiguresCalculator {
  private FiguresCalculator() {}

  /** The figures of {@code queue} over [{@code windowStart}, records' now]. */
  public static QueueFigures compute(CentreRecords records, String queue, Instant windowStart) {
    Instant now = records.now();
    QueueDefinition definition = records.definition().queues().get(queue);
    ServiceLevel level =
        definition == null
            ? new ServiceLevel(Duration.ofSeconds(20), Duration.ZERO)
            : definition.serviceLevel();
    List<Leg> legs = new ArrayList<>();
    records.interactions().forEach(i -> legsOf(i, queue, legs));
    Counts counts = new Counts();
    legs.forEach(leg -> counts.add(leg, level, windowStart, now));
    int denominator = counts.answered + counts.abandoned;
    return new QueueFigures(
        queue,
        now,
        windowStart,
        counts.waiting,
        counts.oldest == null ? Duration.ZERO : Duration.between(counts.oldest, now),
        counts.oldest,
        counts.answered,
        counts.inThreshold,
        counts.abandoned,
        counts.shortAbandoned,
        counts.callbacks,
        counts.overflowed,
        ratio(counts.inThreshold, denominator),
        mean(counts.waited, counts.answered),
        mean(counts.handled, counts.handledLegs),
        ratio(counts.abandoned, denominator),
        byPresence(records.agents(), queue),
        byRouting(records.agents(), queue),
        occupancy(records.segments(), queue, windowStart, now));
  }

  private static void legsOf(Interaction interaction, String queue, List<Leg> into) {
    interaction.legs().stream().filter(l -> l.queue().equals(queue)).forEach(into::add);
  }

  /** Running totals over one queue's legs. */
  private static final class Counts {
    int waiting;
    @Nullable Instant oldest;
    int answered;
    int inThreshold;
    int abandoned;
    int shortAbandoned;
    int callbacks;
    int overflowed;
    Duration waited = Duration.ZERO;
    Duration handled = Duration.ZERO;
    int handledLegs;

    void add(Leg leg, ServiceLevel level, Instant start, Instant now) {
      Instant wrapUpEnded = leg.wrapUpEnded();
      Instant answeredAt = leg.answered();
      if (answeredAt != null && wrapUpEnded != null && in(wrapUpEnded, start, now)) {
        handled = handled.plus(Duration.between(answeredAt, wrapUpEnded));
        handledLegs++;
      }
      if (leg.direct() || leg.consult()) {
        return;
      }
      if (answeredAt == null && leg.ended() == null) {
        waiting++;
        if (oldest == null || leg.enqueued().isBefore(oldest)) {
          oldest = leg.enqueued();
        }
      }
      if (answeredAt != null && in(answeredAt, start, now)) {
        answered++;
        Duration wait = Duration.between(leg.enqueued(), answeredAt);
        waited = waited.plus(wait);
        if (wait.compareTo(level.threshold()) <= 0) {
          inThreshold++;
        }
      }
      Instant abandonedAt = leg.abandoned();
      if (abandonedAt != null && in(abandonedAt, start, now)) {
        Duration wait = Duration.between(leg.enqueued(), abandonedAt);
        if (!level.shortAbandon().isZero() && wait.compareTo(level.shortAbandon()) < 0) {
          shortAbandoned++;
        } else {
          abandoned++;
        }
      }
      Instant ended = leg.ended();
      if (ended != null && in(ended, start, now)) {
        if (leg.outcome() == LegOutcome.CALLBACK_REQUESTED) {
          callbacks++;
        } else if (leg.outcome() == LegOutcome.OVERFLOWED) {
          overflowed++;
        }
      }
    }

    private static boolean in(Instant at, Instant start, Instant end) {
      return !at.isBefore(start) && !at.isAfter(end);
    }
  }

  private static @Nullable Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static Duration mean(Duration total, int count) {
    return count == 0 ? Duration.ZERO : total.dividedBy(count);
  }

  private static Map<Presence, Integer> byPresence(List<AgentState> agents, String queue) {
    Map<Presence, Integer> counts = new EnumMap<>(Presence.class);
    agents.stream()
        .filter(a -> a.queues().contains(queue))
        .forEach(a -> counts.merge(a.presence().presence(), 1, Integer::sum));
    return counts;
  }

  private static Map<RoutingState, Integer> byRouting(List<AgentState> agents, String queue) {
    Map<RoutingState, Integer> counts = new EnumMap<>(RoutingState.class);
    agents.stream()
        .filter(a -> a.queues().contains(queue))
        .forEach(a -> counts.merge(a.routing(), 1, Integer::sum));
    return counts;
  }

  private static @Nullable Double occupancy(
      List<AgentSegment> segments, String queue, Instant start, Instant now) {
    Duration handling = Duration.ZERO;
    Duration idle = Duration.ZERO;
    for (AgentSegment s : segments) {
      if (!s.queues().contains(queue)) {
        continue;
      }
      Duration d = s.within(start, now);
      switch (s.routing()) {
        case CONNECTED:
        case HELD:
        case WRAP_UP:
          handling = handling.plus(d);
          break;
        case IDLE:
        case RESERVED:
        case ALERTING:
          if (s.presence() == Presence.READY) {
            idle = idle.plus(d);
          }
          break;
        default:
          break;
      }
    }
    Duration total = handling.plus(idle);
    return total.isZero() ? null : (double) handling.toMillis() / total.toMillis();
  }
}
