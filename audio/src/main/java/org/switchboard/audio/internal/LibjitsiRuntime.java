package org.switchboard.audio.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.service.libjitsi.LibJitsi;
import org.jitsi.service.neomedia.MediaService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.switchboard.core.media.MediaException;

/**
 * Starts libjitsi once per JVM. libjitsi is itself a JVM-wide singleton ({@code LibJitsi.start()}
 * holds static state), so this is the one static holder in the module: every engine and device list
 * shares what it returns.
 *
 * <p>Thread-safe: the first caller starts libjitsi on a daemon thread ({@code switchboard-libjitsi
 * -start}) and waits at most the given time; later callers get the same outcome. A start that
 * failed or timed out is not retried (libjitsi cannot be restarted safely in one JVM).
 */
public final class LibjitsiRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(LibjitsiRuntime.class);

  /** Without this, libjitsi's PortAudio build lacks libpulse and the JVM dies (exit 127). */
  static final String PORTAUDIO_DISABLED =
      "org.jitsi.impl.neomedia.device.PortAudioSystem.disabled";

  /** JUL logger names whose INFO chatter (all system properties, codec lists) we silence. */
  private static final String[] NOISY_LOGGERS = {"org.jitsi", "net.sf.fmj", "org.ice4j"};

  private static final Object LOCK = new Object();
  private static @Nullable CompletableFuture<MediaServiceImpl> started;

  /** Strong references: JUL keeps loggers weakly, which would drop the level we set. */
  private static final java.util.logging.Logger[] QUIETED =
      new java.util.logging.Logger[NOISY_LOGGERS.length];

  private LibjitsiRuntime() {}

  /**
   * Returns libjitsi's media service, starting libjitsi first if nobody has.
   *
   * @throws MediaException when libjitsi fails to start or takes longer than {@code timeout}
   */
  public static MediaServiceImpl mediaService(Duration timeout) {
    CompletableFuture<MediaServiceImpl> future;
    synchronized (LOCK) {
      future = started;
      if (future == null) {
        future = startAsync();
        started = future;
      }
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new MediaException("libjitsi did not start within " + timeout, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new MediaException("libjitsi failed to start: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MediaException("interrupted while starting libjitsi", e);
    }
  }

  private static CompletableFuture<MediaServiceImpl> startAsync() {
    if (System.getProperty(PORTAUDIO_DISABLED) == null) {
      System.setProperty(PORTAUDIO_DISABLED, "true");
    }
    routeJulToSlf4j();
    CompletableFuture<MediaServiceImpl> future = new CompletableFuture<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                long t0 = System.nanoTime();
                LibJitsi.start();
                long t1 = System.nanoTime();
                MediaService service = LibJitsi.getMediaService();
                long t2 = System.nanoTime();
                if (!(service instanceof MediaServiceImpl impl)) {
                  throw new IllegalStateException("libjitsi has no media service: " + service);
                }
                LOG.info(
                    "libjitsi started in {} ms, media service ready in {} ms more",
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000);
                future.complete(impl);
              } catch (Throwable t) {
                future.completeExceptionally(t);
              }
            },
            "switchboard-libjitsi-start");
    starter.setDaemon(true);
    starter.start();
    return future;
  }

  /**
   * Sends libjitsi's java.util.logging output to SLF4J, and drops its INFO-level chatter before it
   * is even formatted. Installs the bridge only if nobody (e.g. the app) has.
   */
  private static void routeJulToSlf4j() {
    for (int i = 0; i < NOISY_LOGGERS.length; i++) {
      QUIETED[i] = java.util.logging.Logger.getLogger(NOISY_LOGGERS[i]);
      QUIETED[i].setLevel(Level.WARNING);
    }
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }

  /** How long callers wait for libjitsi by default. */
  public static Duration defaultTimeout() {
    return Duration.ofSeconds(20);
  }
}
