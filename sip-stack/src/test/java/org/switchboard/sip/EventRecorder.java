package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallListener;

/**
 * Collects an agent's events (delivered on its sip-events thread) and lets the test thread wait for
 * them, bounded in time.
 */
final class EventRecorder implements CallListener, RegistrationListener {
  private final BlockingQueue<CallEvent> calls = new LinkedBlockingQueue<>();
  private final BlockingQueue<RegistrationEvent> registrations = new LinkedBlockingQueue<>();
  final List<Object> all = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();

  static EventRecorder on(SipUserAgent agent) {
    EventRecorder recorder = new EventRecorder();
    agent.addCallListener(recorder);
    agent.addRegistrationListener(recorder);
    return recorder;
  }

  @Override
  public void onCallEvent(CallEvent event) {
    threads.add(Thread.currentThread().getName());
    all.add(event);
    calls.add(event);
  }

  @Override
  public void onRegistrationEvent(RegistrationEvent event) {
    threads.add(Thread.currentThread().getName());
    all.add(event);
    registrations.add(event);
  }

  /** The next call event of {@code type}, skipping others. */
  <T extends CallEvent> T awaitCall(Class<T> type, Duration timeout) {
    return await(calls, type, timeout);
  }

  /** The next registration event of {@code type}, skipping others. */
  <T extends RegistrationEvent> T awaitRegistration(Class<T> type, Duration timeout) {
    return await(registrations, type, timeout);
  }

  private <E, T extends E> T await(BlockingQueue<E> queue, Class<T> type, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        E event = queue.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
        if (event == null) {
          throw new AssertionError(
              "no " + type.getSimpleName() + " within " + timeout + "; events so far: " + all);
        }
        if (type.isInstance(event)) {
          return type.cast(event);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Asserts every event so far arrived on sip-events. */
  void assertAllOnSipEvents() {
    assertThat(threads).allMatch("sip-events"::equals);
  }
}
