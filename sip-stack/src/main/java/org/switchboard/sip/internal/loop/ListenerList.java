package org.switchboard.sip.internal.loop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;

/**
 * Listeners of one kind. Adding and removing is safe from any thread; {@link #fire} is called on
 * {@code sip-events} and a listener that throws is logged without affecting the others.
 */
public final class ListenerList<L> {
  private static final Logger LOG = LoggerFactory.getLogger(ListenerList.class);

  private final List<L> listeners = new CopyOnWriteArrayList<>();

  /** Adds {@code listener}; closing the returned subscription removes it. */
  public Subscription add(L listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Calls {@code delivery} for each listener, in the order they were added. */
  public void fire(Consumer<L> delivery) {
    for (L listener : listeners) {
      try {
        delivery.accept(listener);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        LOG.warn("A listener ({}) threw; ignored", listener.getClass().getName(), e);
      }
    }
  }
}
