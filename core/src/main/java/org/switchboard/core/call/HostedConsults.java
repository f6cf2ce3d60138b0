package org.switchboard.core.call;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;

/**
 * Consult (attended) transfers that a service carries out on the agent's own call, instead of the
 * phone holding the call and dialling a second one: the queue service plays music to its customer
 * and connects the agent with the target on the very call the agent has, then hands the customer
 * over when the agent completes, or brings the customer back when the agent cancels. Offered by
 * {@link CallControl#hostedConsults()} when the account has such a service.
 *
 * <p>Futures complete, and listeners are told, on the implementation's own thread.
 */
public interface HostedConsults {
  /** How far the consult target is. */
  enum State {
    /** Waiting in a queue for an agent. */
    WAITING,
    /** Ringing: an agent or an outside number. */
    RINGING,
    /** The target is on the line with the agent; the transfer can be completed. */
    ANSWERED
  }

  /** Told of a consult's progress on one call. */
  @FunctionalInterface
  interface Listener {
    /**
     * The consult on {@code call} is now in {@code state}; null when none is open any more
     * (completed, cancelled, or given up by the service: the target could not be reached or left).
     */
    void onConsult(CallId call, @Nullable State state);
  }

  /** Whether consult transfers of {@code call} go through the service (it carries its call). */
  boolean hosts(CallId call);

  /**
   * Opens a consult of {@code call} with {@code target} (an address from the transfer directory, or
   * a number). Fails with the service's reason when it refuses.
   */
  CompletableFuture<Void> consult(CallId call, String target);

  /** Hands the customer of {@code call} to the answered target; the service then ends the call. */
  CompletableFuture<Void> complete(CallId call);

  /** Lets the target go and brings the customer of {@code call} back to the agent. */
  CompletableFuture<Void> cancel(CallId call);

  /** Registers {@code listener} for every call's consult progress. */
  Subscription addListener(Listener listener);
}
