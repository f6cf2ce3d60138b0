package org.switchboard.app.incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rings through Java Sound: plays {@link RingCadence} (generated in memory) on the mixer named like
 * the ringer device, or on the default mixer when none is named or none matches.
 *
 * <p>Threads: {@link #start()} and {@link #stop()} are called on the JavaFX application thread and
 * only flip a flag and hand work to this ringer's own daemon thread {@code ringer}, which opens the
 * line, writes the cadence in 50 ms pieces (so a stop is heard within about a quarter of a second)
 * and closes the line. Nothing here blocks the caller.
 *
 * <p>Without an audio device (a CI machine, a server) ringing fails softly: one warning in the log,
 * no exception, and the next start tries again quietly, in case a device has appeared.
 *
 * <p>Device names: the ringer device is chosen by its name, matched to Java Sound mixers by name
 * and then by a name or description containing it (case-insensitive). Sound servers and Java Sound
 * may name one device differently; then the default mixer rings.
 */
public final class SoundRinger implements Ringer, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SoundRinger.class);
  private static final int PIECE_MILLIS = 50;
  private static final int BUFFER_MILLIS = 200;

  /** Opens a line for {@code format} on the named device; a seam for tests. */
  @FunctionalInterface
  interface LineOpener {
    SourceDataLine open(@Nullable String device, AudioFormat format, int bufferBytes)
        throws LineUnavailableException;
  }

  private final Supplier<@Nullable String> deviceName;
  private final RingCadence cadence;
  private final LineOpener opener;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "ringer");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean ringing = new AtomicBoolean();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicBoolean warned = new AtomicBoolean();
  private byte @Nullable [] pcm;

  /**
   * @param deviceName the ringer device's name, read at each start so a change in the settings
   *     applies to the next call; null or blank for the system default
   */
  public SoundRinger(Supplier<@Nullable String> deviceName) {
    this(deviceName, RingCadence.STANDARD, SoundRinger::openLine);
  }

  /**
   * Plays {@code cadence} instead of the standard ring (the desktop's interim call-progress tones).
   */
  public SoundRinger(Supplier<@Nullable String> deviceName, RingCadence cadence) {
    this(deviceName, cadence, SoundRinger::openLine);
  }

  SoundRinger(Supplier<@Nullable String> deviceName, RingCadence cadence, LineOpener opener) {
    this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
    this.cadence = Objects.requireNonNull(cadence, "cadence");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  @Override
  public void start() {
    if (ringing.compareAndSet(false, true)) {
      long mine = generation.incrementAndGet();
      @Nullable String device = deviceName.get();
      try {
        thread.execute(() -> ring(mine, device));
      } catch (java.util.concurrent.RejectedExecutionException closed) {
        ringing.set(false);
      }
    }
  }

  @Override
  public void stop() {
    if (ringing.compareAndSet(true, false)) {
      generation.incrementAndGet();
    }
  }

  /** Stops ringing and ends the ringer thread. */
  @Override
  public void close() {
    stop();
    thread.shutdown();
  }

  /** Waits until the ringer thread has finished what it was given (tests only). */
  boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
    try {
      thread.submit(() -> {}).get(timeout, unit);
      return true;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return thread.awaitTermination(timeout, unit);
    }
  }

  /** Runs on the ringer thread: plays cycles until the generation moves on. */
  private void ring(long mine, @Nullable String device) {
    if (generation.get() != mine) {
      return;
    }
    AudioFormat format = cadence.format();
    int frameBytes = format.getFrameSize();
    int piece =
        Math.max(frameBytes, ((int) (format.getFrameRate() * PIECE_MILLIS / 1000)) * frameBytes);
    int buffer = ((int) (format.getFrameRate() * BUFFER_MILLIS / 1000)) * frameBytes;
    SourceDataLine line;
    try {
      line = opener.open(device, format, buffer);
    } catch (LineUnavailableException | RuntimeException e) {
      cannotRing(e);
      return;
    }
    try {
      line.start();
      byte[] cycle = cycle();
      while (generation.get() == mine) {
        for (int off = 0; off < cycle.length && generation.get() == mine; off += piece) {
          line.write(cycle, off, Math.min(piece, cycle.length - off));
        }
      }
      line.stop();
      line.flush();
    } catch (RuntimeException e) {
      cannotRing(e);
    } finally {
      line.close();
    }
  }

  private byte[] cycle() {
    byte[] p = pcm;
    if (p == null) {
      p = cadence.cycle();
      pcm = p;
    }
    return p;
  }

  private void cannotRing(Exception e) {
    if (warned.compareAndSet(false, true)) {
      log.warn("Cannot play the ringtone, calls ring silently: {}", e.toString());
    } else {
      log.debug("Cannot play the ringtone: {}", e.toString());
    }
  }

  /** Opens a line on the mixer matching {@code device}, or on the default mixer. */
  static SourceDataLine openLine(@Nullable String device, AudioFormat format, int bufferBytes)
      throws LineUnavailableException {
    DataLine.Info info = new DataLine.Info(SourceDataLine.class, format);
    List<Mixer.Info> candidates = new ArrayList<>();
    for (Mixer.Info m : AudioSystem.getMixerInfo()) {
      if (AudioSystem.getMixer(m).isLineSupported(info)) {
        candidates.add(m);
      }
    }
    Optional<Mixer.Info> mixer = chooseMixer(device, candidates);
    SourceDataLine line =
        mixer.isPresent()
            ? (SourceDataLine) AudioSystem.getMixer(mixer.get()).getLine(info)
            : (SourceDataLine) AudioSystem.getLine(info);
    line.open(format, bufferBytes);
    return line;
  }

  /**
   * The mixer for {@code device}: the one named exactly so (ignoring case), else the first whose
   * name or description contains it; empty for no device, or no match (use the default mixer).
   */
  static Optional<Mixer.Info> chooseMixer(@Nullable String device, List<Mixer.Info> mixers) {
    if (device == null || device.isBlank()) {
      return Optional.empty();
    }
    String wanted = device.strip().toLowerCase(Locale.ROOT);
    for (Mixer.Info m : mixers) {
      if (m.getName().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(m);
      }
    }
    for (Mixer.Info m : mixers) {
      if (m.getName().toLowerCase(Locale.ROOT).contains(wanted)
          || m.getDescription().toLowerCase(Locale.ROOT).contains(wanted)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
