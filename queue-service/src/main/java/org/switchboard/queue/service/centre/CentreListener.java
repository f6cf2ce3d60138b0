package org.switchboard.queue.service.centre;

/**
 * Receives the centre's events, in order. Called on the centre's thread, right after each change:
 * it must return quickly, must not block, and must not call back into the centre synchronously
 * (hand work to another executor). A listener that throws is logged and the others still run.
 */
@FunctionalInterface
public interface CentreListener {
  /** One change. Called on the centre's thread. */
  void onEvent(CentreEvent event);
}
