package org.switchboard.sip.internal.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventLoopTest {
  @Test
  void aTaskThatThrowsDoesNotStopTheThread() throws Exception {
    EventLoop loop = new EventLoop("sip-events");
    try {
      loop.execute(
          () -> {
            throw new IllegalStateException("boom");
          });
      String thread = loop.submit(() -> Thread.currentThread().getName()).get(2, TimeUnit.SECONDS);
      assertThat(thread).isEqualTo("sip-events");
    } finally {
      loop.shutdown(Duration.ofSeconds(1));
    }
  }

  @Test
  void submitFailsTheFutureWithWhatTheWorkThrew() {
    EventLoop loop = new EventLoop("sip-events");
    try {
      CompletableFuture<Object> f =
          loop.submit(
              () -> {
                throw new IllegalArgumentException("bad");
              });
      assertThat(f)
          .failsWithin(Duration.ofSeconds(2))
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(IllegalArgumentException.class);
    } finally {
      loop.shutdown(Duration.ofSeconds(1));
    }
  }

  @Test
  void aThrowingListenerDoesNotKeepOthersFromTheEvent() {
    ListenerList<Runnable> listeners = new ListenerList<>();
    List<String> heard = new CopyOnWriteArrayList<>();
    listeners.add(
        () -> {
          throw new IllegalStateException("listener bug");
        });
    listeners.add(() -> heard.add("second"));

    listeners.fire(Runnable::run);

    assertThat(heard).containsExactly("second");
  }

  @Test
  void aCancelledTimerNeverRuns() throws Exception {
    EventLoop loop = new EventLoop("sip-events");
    try {
      List<String> ran = new CopyOnWriteArrayList<>();
      EventLoop.Timer timer = loop.schedule(() -> ran.add("x"), Duration.ofMillis(100));
      timer.cancel();
      Thread.sleep(300);
      assertThat(ran).isEmpty();
    } finally {
      loop.shutdown(Duration.ofSeconds(1));
    }
  }
}
