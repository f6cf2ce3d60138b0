package org.switchboard.queue.service.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in memory: at most {@code capacity} answers (the oldest goes first), each kept
 * for {@code timeToLive}. Good for one service node; answers are lost on restart. Thread-safe (one
 * lock; every operation is a map access).
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private final int capacity;
  private final Duration timeToLive;
  private final Clock clock;
  private final LinkedHashMap<String, StoredAnswer> answers = new LinkedHashMap<>();

  public InMemoryIdempotencyKeys(int capacity, Duration timeToLive, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  @Override
  public synchronized Optional<StoredAnswer> find(String key) {
    forgetExpired();
    return Optional.ofNullable(answers.get(key));
  }

  @Override
  public synchronized StoredAnswer putIfAbsent(String key, StoredAnswer answer) {
    forgetExpired();
    StoredAnswer first = answers.putIfAbsent(key, answer);
    if (first != null) {
      return first;
    }
    if (answers.size() > capacity) {
      Iterator<String> oldest = answers.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return answer;
  }

  /** How many answers are kept now. */
  public synchronized int size() {
    forgetExpired();
    return answers.size();
  }

  private void forgetExpired() {
    // Insertion order is storage order, so expired answers are at the head.
    java.time.Instant cutoff = clock.instant().minus(timeToLive);
    Iterator<Map.Entry<String, StoredAnswer>> it = answers.entrySet().iterator();
    while (it.hasNext() && !it.next().getValue().storedAt().isAfter(cutoff)) {
      it.remove();
    }
  }
}
