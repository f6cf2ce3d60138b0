package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What finished recently: done interactions and closed agent segments, kept for {@link #KEEP} so
 * the live figures can look back over a day. The store is the system of record; this is memory.
 */
final class History {
  /** Long enough for a window from midnight, even on a 25-hour day. */
  static final Duration KEEP = Duration.ofHours(26);

  private final Map<String, LiveInteraction> done = new LinkedHashMap<>();
  private final Deque<AgentSegment> segments = new ArrayDeque<>();

  void done(LiveInteraction interaction, Instant now) {
    done.put(interaction.id(), interaction);
    prune(now);
  }

  void segment(AgentSegment segment, Instant now) {
    segments.addLast(segment);
    prune(now);
  }

  Optional<LiveInteraction> find(String id) {
    return Optional.ofNullable(done.get(id));
  }

  /** Done interactions that ended at or after {@code since}. */
  List<Interaction> interactionsSince(Instant since) {
    return done.values().stream()
        .filter(i -> i.ended == null || !i.ended.isBefore(since))
        .map(LiveInteraction::snapshot)
        .toList();
  }

  /** Closed segments that ended at or after {@code since}. */
  List<AgentSegment> segmentsSince(Instant since) {
    return segments.stream().filter(s -> s.to() == null || !s.to().isBefore(since)).toList();
  }

  private void prune(Instant now) {
    Instant limit = now.minus(KEEP);
    Iterator<LiveInteraction> i = done.values().iterator();
    while (i.hasNext()) {
      LiveInteraction next = i.next();
      if (next.ended == null || !next.ended.isBefore(limit)) {
        break;
      }
      i.remove();
    }
    while (!segments.isEmpty() && isBefore(segments.peekFirst(), limit)) {
      segments.removeFirst();
    }
  }

  private static boolean isBefore(AgentSegment segment, Instant limit) {
    Instant to = segment.to();
    return to != null && to.isBefore(limit);
  }
}
