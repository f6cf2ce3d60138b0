package org.switchboard.queue.service.persistence;

import java.util.Objects;

/**
 * One write to the store, run (and retried) on the writer's thread.
 *
 * @param what what it records, for logs (e.g. "answer of c1")
 * @param action the blocking store call
 */
record StoreWrite(String what, Runnable action) {
  StoreWrite {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(action, "action");
  }
}
