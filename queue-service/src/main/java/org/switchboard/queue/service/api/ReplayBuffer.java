package org.switchboard.queue.service.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.queue.protocol.Event;

/**
 * The most recent sequenced events, kept so that a client that reconnects can be sent exactly what
 * it missed. Bounded: the oldest event goes when a new one would exceed the capacity. Not
 * thread-safe; {@link EventStream} guards it.
 */
final class ReplayBuffer {
  private final int capacity;
  private final ArrayDeque<Numbered> events = new ArrayDeque<>();

  ReplayBuffer(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the replay buffer needs room for at least one event");
    }
    this.capacity = capacity;
  }

  void add(Numbered event) {
    if (events.size() == capacity) {
      events.removeFirst();
    }
    events.addLast(event);
  }

  /**
   * Whether every event after {@code sequence} up to {@code last} is still here (trivially so when
   * {@code sequence == last}).
   */
  boolean covers(long sequence, long last) {
    if (sequence == last) {
      return true;
    }
    if (sequence > last || sequence < 0 || events.isEmpty()) {
      return false;
    }
    return events.peekFirst().sequence() <= sequence + 1;
  }

  /** The events after {@code sequence}, oldest first. */
  List<Numbered> after(long sequence) {
    List<Numbered> found = new ArrayList<>();
    for (Numbered e : events) {
      if (e.sequence() > sequence) {
        found.add(e);
      }
    }
    return found;
  }

  /**
   * A numbered event.
   *
   * @param sequence its place in the stream
   * @param published what the centre published (who may see it)
   * @param event its envelope as sent to supervisors and admins
   * @param json {@code event} as JSON
   */
  record Numbered(long sequence, CentreGateway.Published published, Event event, String json) {}
}
