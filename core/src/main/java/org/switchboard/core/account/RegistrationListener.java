package org.switchboard.core.account;

/** Receives registration events. Called on the {@code sip-events} thread; must return quickly. */
@FunctionalInterface
public interface RegistrationListener {
  void onRegistrationEvent(RegistrationEvent event);
}
