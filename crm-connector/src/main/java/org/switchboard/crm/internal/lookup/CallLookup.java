package org.switchboard.crm.internal.lookup;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.crm.LookupSettings;

/**
 * One call's lookup: asks the directory on a worker, shows "unavailable" when the answer is late
 * and retries with backoff until an answer arrives or nobody is watching. A late answer from an
 * attempt that timed out is still used. State is guarded by {@code this}; cards reach listeners in
 * order on the one events thread.
 */
final class CallLookup {
  private static final Logger LOG = LoggerFactory.getLogger(CallLookup.class);

  /** Details are fetched for the first few matches only; the agent rarely looks further. */
  private static final int DETAILED = 3;

  private final CallId call;
  private final PhoneNumber number;
  private final CustomerDirectory directory;
  private final LookupSettings settings;
  private final Clock clock;
  private final Executor workers;
  private final Executor detailWorkers;
  private final ScheduledExecutorService timers;
  private final Executor events;

  private final List<Consumer<CustomerCard>> listeners = new ArrayList<>();
  private CustomerCard card;
  private boolean settled;
  private boolean inFlight;
  private boolean closed;
  private int attempt;
  private int failures;
  private @Nullable ScheduledFuture<?> timeout;
  private @Nullable ScheduledFuture<?> retry;

  CallLookup(
      CallId call,
      PhoneNumber number,
      CustomerDirectory directory,
      LookupSettings settings,
      Clock clock,
      Executor workers,
      Executor detailWorkers,
      ScheduledExecutorService timers,
      Executor events) {
    this.call = call;
    this.number = number;
    this.directory = directory;
    this.settings = settings;
    this.clock = clock;
    this.workers = workers;
    this.detailWorkers = detailWorkers;
    this.timers = timers;
    this.events = events;
    this.card = new CustomerCard.Searching(number);
  }

  PhoneNumber number() {
    return number;
  }

  synchronized CustomerCard card() {
    return card;
  }

  /** Adds a listener, shows it the current card, and (re)starts the lookup if it is idle. */
  synchronized Subscription watch(Consumer<CustomerCard> listener) {
    listeners.add(listener);
    CustomerCard now = card;
    events.execute(() -> deliver(listener, now));
    if (!settled && !inFlight && retry == null && !closed) {
      startAttempt();
    }
    return () -> unwatch(listener);
  }

  private synchronized void unwatch(Consumer<CustomerCard> listener) {
    listeners.remove(listener);
    if (listeners.isEmpty()) {
      cancel(retry);
      retry = null;
    }
  }

  synchronized void close() {
    closed = true;
    listeners.clear();
    cancel(timeout);
    cancel(retry);
    retry = null;
  }

  /** Shows {@code customers} (e.g. a contact just created) and stops retrying. */
  synchronized void settle(List<Customer> customers) {
    settled = true;
    cancel(timeout);
    cancel(retry);
    retry = null;
    show(CardOutcome.of(number, customers));
  }

  private void startAttempt() {
    inFlight = true;
    int mine = ++attempt;
    timeout = timers.schedule(() -> onTimeout(mine), settings.timeout().toMillis(), MILLISECONDS);
    try {
      workers.execute(() -> ask(mine));
    } catch (RuntimeException rejected) {
      inFlight = false;
      cancel(timeout);
      LOG.debug("lookup for call {} not started: {}", call, rejected.toString());
    }
  }

  private void ask(int mine) {
    try {
      List<Customer> found = directory.findByPhone(number);
      onAnswer(found);
    } catch (DirectoryException failure) {
      onFailure(mine, failure);
    } catch (RuntimeException bug) {
      LOG.warn("{} failed looking up {}: {}", directory.name(), number, bug.toString());
      onFailure(
          mine,
          new DirectoryException(
              DirectoryException.Kind.UNAVAILABLE,
              directory.name() + " failed (" + bug.getClass().getSimpleName() + ")"));
    }
  }

  private void onAnswer(List<Customer> found) {
    synchronized (this) {
      inFlight = false;
      if (closed || settled) {
        return;
      }
      settled = true;
      cancel(timeout);
      cancel(retry);
      retry = null;
      show(CardOutcome.of(number, found));
    }
    if (!found.isEmpty()) {
      try {
        detailWorkers.execute(() -> addDetails(found));
      } catch (RuntimeException rejected) {
        LOG.debug("no details for call {}: {}", call, rejected.toString());
      }
    }
  }

  /**
   * Asks for the shown customers' history and open items (on this worker, after the card is up) and
   * shows them when they differ; a failure keeps the card as it is.
   */
  private void addDetails(List<Customer> found) {
    List<Customer> detailed = new ArrayList<>(found);
    boolean changed = false;
    for (int i = 0; i < Math.min(DETAILED, found.size()); i++) {
      try {
        Customer more = directory.details(found.get(i));
        changed |= !more.equals(found.get(i));
        detailed.set(i, more);
      } catch (DirectoryException | RuntimeException e) {
        LOG.info("{} gave no details for call {}: {}", directory.name(), call, e.getMessage());
      }
    }
    if (changed) {
      synchronized (this) {
        if (!closed && card instanceof CustomerCard.Matches) {
          show(CardOutcome.of(number, detailed));
        }
      }
    }
  }

  private synchronized void onFailure(int mine, DirectoryException failure) {
    inFlight = false;
    cancel(timeout);
    if (closed || settled) {
      return;
    }
    if (retry != null && mine == attempt) {
      return; // this attempt already timed out and a retry is planned
    }
    failures++;
    Duration wait =
        CardOutcome.backoff(failures, settings.firstRetry(), settings.maxRetry(), failure);
    CustomerCard next = CardOutcome.of(number, failure, clock.instant().plus(wait));
    if (next instanceof CustomerCard.NoMatch) {
      settled = true;
    } else {
      LOG.info("{} unavailable for call {}: {}", directory.name(), call, failure.getMessage());
      scheduleRetry(wait);
    }
    show(next);
  }

  private synchronized void onTimeout(int mine) {
    if (closed || settled || !inFlight || mine != attempt) {
      return;
    }
    failures++;
    Duration wait = CardOutcome.backoff(failures, settings.firstRetry(), settings.maxRetry(), null);
    String reason =
        directory.name() + " did not answer within " + settings.timeout().toMillis() + " ms";
    LOG.info("{} for call {}", reason, call);
    scheduleRetry(wait);
    show(new CustomerCard.Unavailable(number, reason, clock.instant().plus(wait)));
  }

  private void scheduleRetry(Duration wait) {
    if (listeners.isEmpty()) {
      return;
    }
    cancel(retry);
    retry = timers.schedule(this::onRetry, wait.toMillis(), MILLISECONDS);
  }

  private synchronized void onRetry() {
    retry = null;
    if (closed || settled || listeners.isEmpty() || inFlight) {
      return; // an attempt still running will settle or fail and plan the next retry
    }
    startAttempt();
  }

  private void show(CustomerCard next) {
    card = next;
    for (Consumer<CustomerCard> listener : List.copyOf(listeners)) {
      events.execute(() -> deliver(listener, next));
    }
  }

  private void deliver(Consumer<CustomerCard> listener, CustomerCard shown) {
    try {
      listener.accept(shown);
    } catch (RuntimeException e) {
      LOG.warn("a customer card listener failed for call {}: {}", call, e.toString());
    }
  }

  private static void cancel(@Nullable ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  private static final TimeUnit MILLISECONDS = TimeUnit.MILLISECONDS;
}
