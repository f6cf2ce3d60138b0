package org.switchboard.crm.internal.lookup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.crm.LookupSettings;

/** The threads and the per-call cache behind {@code ScreenPopService}. */
public final class LookupMachinery {
  private static final Logger LOG = LoggerFactory.getLogger(LookupMachinery.class);

  private final CustomerDirectory directory;
  private final LookupSettings settings;
  private final Clock clock;
  private final ExecutorService workers;
  private final ExecutorService detailWorkers;
  private final ScheduledExecutorService timers;
  private final ExecutorService events;
  private final CallLookups lookups;

  public LookupMachinery(
      CustomerDirectory directory,
      LookupSettings settings,
      Clock clock,
      ExecutorService workers,
      ExecutorService detailWorkers,
      ScheduledExecutorService timers,
      ExecutorService events) {
    this.directory = directory;
    this.settings = settings;
    this.clock = clock;
    this.workers = workers;
    this.detailWorkers = detailWorkers;
    this.timers = timers;
    this.events = events;
    this.lookups = new CallLookups(settings.cachedCalls());
  }

  /** The cached lookup for {@code call}, created (not yet started) when new. */
  public CallLookupHandle lookup(CallId call, PhoneNumber number) {
    CallLookup lookup =
        lookups.getOrCreate(
            call,
            id ->
                new CallLookup(
                    id,
                    number,
                    directory,
                    settings,
                    clock,
                    workers,
                    detailWorkers,
                    timers,
                    events));
    return lookup::watch;
  }

  /** Tells {@code listener} a card that needs no lookup, on the events thread. */
  public void tell(Consumer<CustomerCard> listener, CustomerCard card) {
    events.execute(
        () -> {
          try {
            listener.accept(card);
          } catch (RuntimeException e) {
            LOG.warn("a customer card listener failed: {}", e.toString());
          }
        });
  }

  /** Shows a just-created contact on every cached call from its number. */
  public void showCreated(PhoneNumber number, Customer created) {
    for (CallLookup lookup : lookups.forNumber(number)) {
      List<Customer> shown = new ArrayList<>();
      shown.add(created);
      if (lookup.card() instanceof CustomerCard.Matches m) {
        m.customers().stream().filter(c -> !c.id().equals(created.id())).forEach(shown::add);
      }
      lookup.settle(shown);
    }
  }

  public void forget(CallId call) {
    CallLookup lookup = lookups.remove(call);
    if (lookup != null) {
      lookup.close();
    }
  }

  public int cachedCalls() {
    return lookups.size();
  }

  public void close() {
    lookups.closeAll();
    timers.shutdownNow();
    workers.shutdownNow();
    detailWorkers.shutdownNow();
    events.shutdown();
  }
}
