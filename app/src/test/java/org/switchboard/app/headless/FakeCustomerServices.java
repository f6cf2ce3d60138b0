package org.switchboard.app.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.ScreenPop;
import org.switchboard.core.journal.CallJournal;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;

/** A screen pop that answers every number with one customer, and a journal kept in memory. */
final class FakeCustomerServices implements ScreenPop, CallJournal {
  final List<String> lookups = new CopyOnWriteArrayList<>();
  final List<CallId> forgotten = new CopyOnWriteArrayList<>();
  final List<CallRecord> logged = new CopyOnWriteArrayList<>();
  private final List<Consumer<List<JournalEntry>>> journalListeners = new CopyOnWriteArrayList<>();
  volatile boolean shutDown;

  @org.jspecify.annotations.Nullable CrmSignIn signIn;

  CustomerServices services() {
    return new CustomerServices(this, this, signIn, () -> shutDown = true);
  }

  @Override
  public Subscription lookup(CallId call, String callerNumber, Consumer<CustomerCard> listener) {
    lookups.add(call.value() + " " + callerNumber);
    PhoneNumber number = new PhoneNumber("+4930123456");
    listener.accept(new CustomerCard.Searching(number));
    Customer ann = Customer.named(new CustomerId("local", "c-7"), "Ann Example");
    listener.accept(new CustomerCard.Matches(number, List.of(ann)));
    return () -> {};
  }

  @Override
  public CompletableFuture<Customer> createContact(NewContact contact) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("not in this fake"));
  }

  @Override
  public void forget(CallId call) {
    forgotten.add(call);
  }

  @Override
  public void log(CallRecord record) {
    logged.add(record);
    List<JournalEntry> pending = new ArrayList<>();
    pending.add(new JournalEntry(record, JournalEntry.State.PENDING, 0, null, null));
    journalListeners.forEach(l -> l.accept(pending));
  }

  @Override
  public List<JournalEntry> undelivered() {
    List<JournalEntry> all = new ArrayList<>();
    for (CallRecord r : logged) {
      all.add(new JournalEntry(r, JournalEntry.State.FAILED, 3, null, "crm.example answered 400"));
    }
    return all;
  }

  @Override
  public Subscription onChange(Consumer<List<JournalEntry>> listener) {
    journalListeners.add(listener);
    return () -> journalListeners.remove(listener);
  }

  @Override
  public void retryNow(String key) {}

  @Override
  public void discard(String key) {}
}
