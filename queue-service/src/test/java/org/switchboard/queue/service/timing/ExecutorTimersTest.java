package org.switchboard.queue.service.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ExecutorTimersTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService owner =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "owner-thread"));
  private final Timers timers = new ExecutorTimers(scheduler, owner);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
    owner.shutdownNow();
  }

  @Test
  void aDueTaskRunsOnTheOwnersThread() throws Exception {
    CompletableFuture<String> thread = new CompletableFuture<>();
    timers.schedule(Duration.ofMillis(20), () -> thread.complete(Thread.currentThread().getName()));
    assertThat(thread.get(5, TimeUnit.SECONDS)).isEqualTo("owner-thread");
  }

  @Test
  void aCancelledTaskDoesNotRun() throws Exception {
    AtomicBoolean ran = new AtomicBoolean();
    timers.schedule(Duration.ofMillis(50), () -> ran.set(true)).cancel();
    CompletableFuture<Void> later = new CompletableFuture<>();
    timers.schedule(Duration.ofMillis(150), () -> later.complete(null));
    later.get(5, TimeUnit.SECONDS);
    assertThat(ran).isFalse();
  }
}
