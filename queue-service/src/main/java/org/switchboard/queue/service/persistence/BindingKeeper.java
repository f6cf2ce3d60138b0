package org.switchboard.queue.service.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.queue.service.store.SavedBindings;
import org.switchboard.queue.service.store.StoreException;
import org.switchboard.sip.RegistrarBinding;
import org.switchboard.sip.SipRegistrar;

/**
 * Keeps the registrar's bindings in the store: at start it gives back the ones saved by the last
 * run (clean stop or crash alike), then saves every change through the {@link StoreWriter}. Without
 * it a restarted service could not reach an agent's phone until the phone registered again, which a
 * desktop does only every few minutes.
 *
 * <p>Threads: {@link #start} blocks the starting thread (bounded); changes arrive on {@code
 * sip-events} and are written on the store writer's thread.
 */
public final class BindingKeeper {
  private static final Logger log = LoggerFactory.getLogger(BindingKeeper.class);
  private static final Duration RESTORE_BOUND = Duration.ofSeconds(10);

  private BindingKeeper() {}

  /**
   * Restores the saved bindings into {@code registrar} and starts saving its changes. A store that
   * cannot be read is logged and skipped: phones then come back as they register.
   *
   * @return the subscription that saves changes; close it to stop
   */
  public static Subscription start(
      SipRegistrar registrar, SavedBindings saved, StoreWriter writer, Clock clock) {
    restore(registrar, saved, clock);
    return registrar.addListener(
        (user, bindings) -> {
          List<SavedBindings.Binding> rows =
              bindings.stream().map(BindingKeeper::row).collect(Collectors.toList());
          writer.submit("registrar bindings of " + user, () -> saved.replace(user, rows));
        });
  }

  private static void restore(SipRegistrar registrar, SavedBindings saved, Clock clock) {
    try {
      List<RegistrarBinding> back =
          saved.unexpired(clock.instant()).stream()
              .map(
                  b -> new RegistrarBinding(b.user(), b.contact(), b.registeredAt(), b.expiresAt()))
              .collect(Collectors.toList());
      if (!back.isEmpty()) {
        int taken = registrar.restore(back).get(RESTORE_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        log.info("{} of {} saved registrar bindings restored", taken, back.size());
      }
    } catch (StoreException | ExecutionException | TimeoutException e) {
      log.warn(
          "saved registrar bindings not restored; phones return as they register: {}",
          e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static SavedBindings.Binding row(RegistrarBinding b) {
    return new SavedBindings.Binding(b.user(), b.contact(), b.registeredAt(), b.expiresAt());
  }
}
