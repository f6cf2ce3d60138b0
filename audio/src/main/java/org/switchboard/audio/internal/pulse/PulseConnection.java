package org.switchboard.audio.internal.pulse;

import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jitsi.impl.neomedia.pulseaudio.PA;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.MediaException;

/**
 * One connection to a PulseAudio server: a libpulse threaded main loop (its own native thread) and
 * a context on it. Every native call on the context or its streams goes through {@link #locked},
 * which holds the main loop's lock, as libpulse requires outside its own thread.
 *
 * <p>Waits are bounded and poll (1 ms sleeps with the lock released) instead of using libpulse's
 * signal/wait, so no Java callback is needed for connection and stream states: the binding keeps
 * callbacks only as weak references and never frees them.
 *
 * <p>Thread-safe. {@link #close} waits for calls in progress and makes later calls return their
 * fallback, so a stream read on the clock thread never touches a freed main loop.
 */
public final class PulseConnection implements AutoCloseable {
  /** {@code PA_CONTEXT_NOAUTOSPAWN}: a client must never start a sound server of its own. */
  private static final int NO_AUTOSPAWN = 1;

  private final long mainloop;
  private final long context;
  private final String where;
  private final ReadWriteLock gate = new ReentrantReadWriteLock();
  private boolean closed; // guarded by gate
  private boolean started; // guarded by gate

  private PulseConnection(long mainloop, long context, String where) {
    this.mainloop = mainloop;
    this.context = context;
    this.where = where;
  }

  /**
   * Connects to {@code server} ({@code unix:/path}, or null for libpulse's own choice: {@code
   * PULSE_SERVER}, then the user's server), waiting at most {@code timeout}.
   *
   * @throws MediaException naming the server when the library cannot load or the server does not
   *     answer in time
   */
  public static PulseConnection connect(@Nullable String server, String appName, Duration timeout) {
    long mainloop = newMainloop();
    long properties = PA.proplist_new();
    PA.proplist_sets(properties, PA.PROP_APPLICATION_NAME, appName);
    long context =
        PA.context_new_with_proplist(PA.threaded_mainloop_get_api(mainloop), appName, properties);
    PA.proplist_free(properties);
    if (context == 0) {
      PA.threaded_mainloop_free(mainloop);
      throw new MediaException("PulseAudio: cannot create a client context");
    }
    String where = server == null ? "the default PulseAudio server" : "PulseAudio at " + server;
    PulseConnection connection = new PulseConnection(mainloop, context, where);
    try {
      connection.start(server, timeout);
      return connection;
    } catch (MediaException e) {
      connection.close();
      throw e;
    }
  }

  private static long newMainloop() {
    long mainloop;
    try {
      mainloop = PA.threaded_mainloop_new();
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
      throw new MediaException(
          "PulseAudio's client library (libpulse through libjitsi's libjnpulseaudio) cannot be"
              + " loaded on this system: "
              + e,
          e);
    }
    if (mainloop == 0) {
      throw new MediaException("PulseAudio: cannot create a main loop");
    }
    return mainloop;
  }

  private void start(@Nullable String server, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int state =
        locked(
            () -> {
              if (PA.context_connect(context, server, NO_AUTOSPAWN, 0) < 0
                  || PA.threaded_mainloop_start(mainloop) < 0) {
                return PA.CONTEXT_FAILED;
              }
              markStarted();
              awaitLocked(() -> !connecting(PA.context_get_state(context)), deadline);
              return PA.context_get_state(context);
            },
            PA.CONTEXT_FAILED);
    if (state != PA.CONTEXT_READY) {
      throw new MediaException(
          where
              + (connecting(state)
                  ? " did not answer within " + timeout.toMillis() + " ms"
                  : " refused the connection or is not running"));
    }
  }

  private void markStarted() {
    started = true; // only called inside locked(), which holds the gate's read lock
  }

  private static boolean connecting(int state) {
    return state == PA.CONTEXT_UNCONNECTED
        || state == PA.CONTEXT_CONNECTING
        || state == PA.CONTEXT_AUTHORIZING
        || state == PA.CONTEXT_SETTING_NAME;
  }

  /** Which server this is, for messages ("PulseAudio at unix:/run/..."). */
  public String where() {
    return where;
  }

  /** Whether the connection is open and the server still answers. */
  public boolean isReady() {
    return locked(() -> PA.context_get_state(context) == PA.CONTEXT_READY, false);
  }

  /** The native context, for calls made inside {@link #locked}. */
  long context() {
    return context;
  }

  /**
   * Runs {@code action} with the main loop locked and returns its result, or {@code whenClosed}
   * without running it once the connection is closed. Never nest: libpulse's lock must be released
   * exactly once by {@link #awaitLocked}.
   */
  public <T> T locked(Supplier<T> action, T whenClosed) {
    Lock shared = gate.readLock();
    shared.lock();
    try {
      if (closed) {
        return whenClosed;
      }
      PA.threaded_mainloop_lock(mainloop);
      try {
        return action.get();
      } finally {
        PA.threaded_mainloop_unlock(mainloop);
      }
    } finally {
      shared.unlock();
    }
  }

  /** Runs {@code action} with the main loop locked; does nothing once the connection is closed. */
  public void lockedRun(Runnable action) {
    locked(
        () -> {
          action.run();
          return Boolean.TRUE;
        },
        Boolean.FALSE);
  }

  /**
   * Inside {@link #locked}: waits until {@code done} holds or {@code deadlineNanos} ({@link
   * System#nanoTime}) passes, releasing the main loop's lock while it sleeps. Returns whether
   * {@code done} holds.
   */
  boolean awaitLocked(BooleanSupplier done, long deadlineNanos) {
    while (!done.getAsBoolean()) {
      if (System.nanoTime() - deadlineNanos > 0) {
        return false;
      }
      PA.threaded_mainloop_unlock(mainloop);
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return done.getAsBoolean();
      } finally {
        PA.threaded_mainloop_lock(mainloop);
      }
    }
    return true;
  }

  /**
   * Disconnects and frees the main loop, after calls in progress have finished. Streams not closed
   * before are abandoned (their later calls return fallbacks). Idempotent; never throws.
   */
  @Override
  public void close() {
    Lock exclusive = gate.writeLock();
    exclusive.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      PA.threaded_mainloop_lock(mainloop);
      PA.context_disconnect(context);
      PA.threaded_mainloop_unlock(mainloop);
      if (started) {
        PA.threaded_mainloop_stop(mainloop);
      }
      PA.context_unref(context);
      PA.threaded_mainloop_free(mainloop);
    } finally {
      exclusive.unlock();
    }
  }
}
