package org.switchboard.app.agent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.switchboard.core.Subscription;

/** A queue link whose state the test sets; listeners are told on the test's thread. */
final class FakeQueueLink implements QueueLink {
  private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
  private volatile Status status = Status.of(State.CONNECTING);

  void set(Status next) {
    status = next;
    listeners.forEach(l -> l.accept(next));
  }

  @Override
  public Status status() {
    return status;
  }

  @Override
  public Subscription addListener(Consumer<Status> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
