package org.switchboard.app.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.ScreenPop;

/**
 * A ScreenPop the test drives: it records lookups and lets the test push cards to their listeners
 * (from any thread, as the real one does from CRM workers) and complete contact creation.
 */
final class FakeScreenPop implements ScreenPop {
  /** One lookup the view model started. */
  static final class Lookup {
    final CallId call;
    final String callerNumber;
    private final Consumer<CustomerCard> listener;
    volatile boolean closed;

    Lookup(CallId call, String callerNumber, Consumer<CustomerCard> listener) {
      this.call = call;
      this.callerNumber = callerNumber;
      this.listener = listener;
    }

    /** Delivers {@code card} as the real ScreenPop would, unless the subscription was closed. */
    void push(CustomerCard card) {
      if (!closed) {
        listener.accept(card);
      }
    }

    /** Delivers {@code card} even though the subscription was closed (a racing CRM worker). */
    void pushLate(CustomerCard card) {
      listener.accept(card);
    }
  }

  final List<Lookup> lookups = new ArrayList<>();
  final List<NewContact> created = new ArrayList<>();
  final List<CallId> forgotten = new ArrayList<>();
  CompletableFuture<Customer> createResult = new CompletableFuture<>();
  @Nullable RuntimeException createThrows;

  @Override
  public synchronized Subscription lookup(
      CallId call, String callerNumber, Consumer<CustomerCard> listener) {
    Lookup lookup = new Lookup(call, callerNumber, listener);
    lookups.add(lookup);
    return () -> lookup.closed = true;
  }

  @Override
  public synchronized CompletableFuture<Customer> createContact(NewContact contact) {
    created.add(contact);
    RuntimeException failure = createThrows;
    if (failure != null) {
      throw failure;
    }
    return createResult;
  }

  @Override
  public synchronized void forget(CallId call) {
    forgotten.add(call);
  }

  /** The latest lookup. */
  synchronized Lookup last() {
    return lookups.get(lookups.size() - 1);
  }

  /** Pushes {@code card} to the latest lookup. */
  void push(CustomerCard card) {
    last().push(card);
  }
}
