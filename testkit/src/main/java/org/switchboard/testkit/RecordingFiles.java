package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds recordings in a directory and waits until one is complete, that is, has stopped growing. A
 * WAV writer fills in its header's lengths only when it closes the file, so read a recording only
 * once the call that made it has ended and this says it is complete.
 *
 * <p>Static and stateless; safe from any thread. Waiting methods block the caller, poll the file
 * system and fail with an {@link AssertionError} that says what they saw.
 */
public final class RecordingFiles {
  /** A file counts as complete once its size has not changed for this long. */
  static final Duration QUIET = Duration.ofMillis(400);

  private static final long POLL_MILLIS = 100;
  private static final long WAV_HEADER_BYTES = 44;

  private RecordingFiles() {}

  /**
   * Waits for the newest file in {@code dir} whose name ends with {@code suffix} (newest by name,
   * which for baresip's time-stamped names is newest by start time, then by modification time),
   * then for it to be complete.
   *
   * @throws AssertionError when no such file appears, or it keeps growing, within {@code timeout}
   */
  public static Path awaitNewest(Path dir, String suffix, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<Path> newest = newest(dir, suffix);
      if (newest.isPresent()) {
        return awaitComplete(
            newest.get(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "no *"
                + suffix
                + " appeared in "
                + dir
                + " within "
                + timeout
                + "; it holds "
                + list(dir));
      }
      sleep(POLL_MILLIS);
    }
  }

  /**
   * Waits until {@code file} exists, holds more than a WAV header and has not grown for {@link
   * #QUIET}.
   *
   * @return {@code file}
   * @throws AssertionError when that does not happen within {@code timeout} (e.g. because the call
   *     that records it is still up)
   */
  public static Path awaitComplete(Path file, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long lastSize = -1;
    long stableSince = System.nanoTime();
    while (true) {
      long size = size(file);
      long now = System.nanoTime();
      if (size != lastSize) {
        lastSize = size;
        stableSince = now;
      } else if (size > WAV_HEADER_BYTES && now - stableSince >= QUIET.toNanos()) {
        return file;
      }
      if (now - deadline > 0) {
        throw new AssertionError(
            file
                + (size < 0 ? " does not exist" : " is still changing (" + size + " bytes)")
                + " after "
                + timeout
                + "; has the call that records it ended?");
      }
      sleep(POLL_MILLIS);
    }
  }

  /** The newest file in {@code dir} whose name ends with {@code suffix}, if any. */
  public static Optional<Path> newest(Path dir, String suffix) {
    return list(dir).stream()
        .filter(f -> f.getFileName().toString().endsWith(suffix))
        .max(
            Comparator.comparing((Path f) -> f.getFileName().toString())
                .thenComparing(RecordingFiles::modified));
  }

  /** Deletes every regular file in {@code dir} (not recursively); a missing dir is fine. */
  public static void deleteAll(Path dir) {
    for (Path file : list(dir)) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
