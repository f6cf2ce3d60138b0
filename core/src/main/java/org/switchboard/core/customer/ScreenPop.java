package org.switchboard.core.customer;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;

/**
 * Finds the customer for an offered call without ever delaying the call: {@link #lookup} returns at
 * once and the card arrives on a CRM worker thread (views hop to their own thread).
 */
public interface ScreenPop {

  /**
   * Starts the lookup for {@code call}'s caller. {@code callerNumber} is raw text from signalling
   * (a SIP user part, a tel: number, a display text); it is normalised before lookup. The listener
   * receives {@link CustomerCard.Searching} first and then each change until the subscription is
   * closed; lookups for the same call share one result.
   */
  Subscription lookup(CallId call, String callerNumber, Consumer<CustomerCard> listener);

  /** Creates a contact for an unknown caller. Completes on a CRM worker thread. */
  CompletableFuture<Customer> createContact(NewContact contact);

  /** Forgets what was cached for {@code call}, e.g. when it ends. */
  void forget(CallId call);
}
