package org.switchboard.audio.internal.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.service.libjitsi.LibJitsi;
import org.jitsi.service.neomedia.MediaService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Object LOCK = new Object();
  private static @Nullable CompletableFuture<MediaServiceImpl> started;

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
    LibjitsiLogging.routeToSlf4j();
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
                    "libjitsi started in {} ms, media service ready in {} ms more; audio system: {}",
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    audioSystemName(impl));
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
   * The audio system libjitsi chose: "pulseaudio" with a sound server; without one libjitsi warns
   * that PulseAudioSystem failed and falls back to a system without real devices, which our own
   * sources and sinks do not need.
   */
  private static String audioSystemName(MediaServiceImpl media) {
    AudioSystem system = media.getDeviceConfiguration().getAudioSystem();
    return system == null ? "none" : system.getLocatorProtocol();
  }

  /** How long callers wait for libjitsi by default. */
  public static Duration defaultTimeout() {
    return Duration.ofSeconds(20);
  }
}
