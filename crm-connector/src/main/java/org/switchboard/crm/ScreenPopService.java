package org.switchboard.crm;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.ScreenPop;
import org.switchboard.crm.internal.lookup.LookupMachinery;
import org.switchboard.crm.internal.lookup.NamedThreads;
import org.switchboard.crm.internal.phone.PhoneNormalizer;

/**
 * Screen pop over one {@link CustomerDirectory}: {@link #lookup} returns at once; the directory is
 * asked on {@code crm-lookup-N} workers (history and open items on {@code crm-lookup-details-N})
 * with a timeout and retried with backoff while the card is watched; cards reach listeners in order
 * on the {@code crm-lookup-events} thread. Lookups are cached per call, so re-opening a card never
 * asks the CRM again.
 */
public final class ScreenPopService implements ScreenPop, AutoCloseable {
  private final CustomerDirectory directory;
  private final PhoneNormalizer normalizer;
  private final LookupMachinery machinery;
  private final ExecutorService workers;

  private ScreenPopService(
      CustomerDirectory directory,
      PhoneNormalizer normalizer,
      LookupSettings settings,
      Clock clock) {
    this.directory = directory;
    this.normalizer = normalizer;
    this.workers = pool(settings.workers(), "crm-lookup");
    ExecutorService detailWorkers = pool(settings.workers(), "crm-lookup-details");
    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(new NamedThreads("crm-lookup-timer"));
    ExecutorService events =
        Executors.newSingleThreadExecutor(new NamedThreads("crm-lookup-events"));
    this.machinery =
        new LookupMachinery(directory, settings, clock, workers, detailWorkers, timers, events);
  }

  private static ExecutorService pool(int threads, String name) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1000),
            new NamedThreads(name));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * Starts screen pop over {@code directory}; numbers are normalised with {@code defaultRegion}
   * (ISO 3166, e.g. {@code DE}).
   *
   * @throws IllegalArgumentException naming {@code crm.defaultRegion} when the region is unknown
   */
  public static ScreenPopService start(
      CustomerDirectory directory, String defaultRegion, LookupSettings settings, Clock clock) {
    return new ScreenPopService(directory, new PhoneNormalizer(defaultRegion), settings, clock);
  }

  @Override
  public Subscription lookup(CallId call, String callerNumber, Consumer<CustomerCard> listener) {
    Optional<PhoneNumber> number = normalizer.normalise(callerNumber);
    if (number.isEmpty()) {
      machinery.tell(listener, new CustomerCard.NoNumber());
      return () -> {};
    }
    return machinery.lookup(call, number.get()).watch(listener);
  }

  @Override
  public CompletableFuture<Customer> createContact(NewContact contact) {
    return CompletableFuture.supplyAsync(() -> create(contact), workers)
        .thenApply(
            created -> {
              machinery.showCreated(contact.phone(), created);
              return created;
            });
  }

  private Customer create(NewContact contact) {
    try {
      return directory.createContact(contact);
    } catch (DirectoryException e) {
      throw new CompletionException(e);
    }
  }

  @Override
  public void forget(CallId call) {
    machinery.forget(call);
  }

  /** The cards currently cached, for diagnostics and tests. */
  public int cachedCalls() {
    return machinery.cachedCalls();
  }

  /** Stops every thread; watched cards stop changing. */
  @Override
  public void close() {
    machinery.close();
  }
}
