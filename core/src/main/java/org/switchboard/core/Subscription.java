package org.switchboard.core;

/**
 * A handle on a registered listener. Closing it removes the listener; closing twice is harmless.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
  /** Removes the listener. Never throws. */
  @Override
  void close();
}
