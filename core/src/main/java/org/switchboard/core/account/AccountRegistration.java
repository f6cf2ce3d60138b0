package org.switchboard.core.account;

import java.util.concurrent.CompletableFuture;
import org.switchboard.core.Subscription;

/**
 * Keeps one account registered. Methods return at once; the work happens on the {@code sip-events}
 * thread.
 */
public interface AccountRegistration {

  /**
   * Registers and keeps the registration refreshed until {@link #unregister()}.
   *
   * @return completes when the registrar has accepted the binding; fails with {@link
   *     RegistrationException} naming the cause (wrong password, unreachable registrar, ...)
   */
  CompletableFuture<Void> register();

  /** Removes the binding (REGISTER with expiry 0) and stops refreshing. */
  CompletableFuture<Void> unregister();

  /** Registers a listener for registration events. */
  Subscription addRegistrationListener(RegistrationListener listener);
}
