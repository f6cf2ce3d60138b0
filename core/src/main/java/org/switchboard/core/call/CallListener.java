package org.switchboard.core.call;

/** Receives call events. Called on the {@code sip-events} thread; must return quickly. */
@FunctionalInterface
public interface CallListener {
  void onCallEvent(CallEvent event);
}
