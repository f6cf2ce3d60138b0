package org.switchboard.app.wrapup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes and wrap-up choices saved locally as they are typed, one JSON file per call, so a crash or
 * a CRM outage loses nothing. Writes are debounced ({@link #DEBOUNCE}) and atomic (temporary file,
 * fsync, rename) on one {@code desktop-drafts} thread; a draft is deleted once its call is logged.
 * Methods may be called from any thread.
 */
public final class NotesDrafts implements AutoCloseable {
  /** How long typing may pause before the draft is written. */
  public static final Duration DEBOUNCE = Duration.ofMillis(500);

  private static final Logger log = LoggerFactory.getLogger(NotesDrafts.class);
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path dir;
  private final ScheduledExecutorService writer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "desktop-drafts");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, ScheduledFuture<?>> pending = new HashMap<>();
  private final Map<String, Draft> latest = new HashMap<>();

  /** Drafts kept in {@code dir} (created when needed). */
  public NotesDrafts(Path dir) {
    this.dir = dir;
  }

  /** Saves {@code draft} after the debounce; a newer save for the same call replaces it. */
  public synchronized void save(Draft draft) {
    latest.put(draft.call(), draft);
    ScheduledFuture<?> previous = pending.remove(draft.call());
    if (previous != null) {
      previous.cancel(false);
    }
    pending.put(
        draft.call(),
        writer.schedule(() -> write(draft.call()), DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Forgets the draft of {@code call} and deletes its file (after any pending write). */
  public synchronized void delete(String call) {
    latest.remove(call);
    ScheduledFuture<?> previous = pending.remove(call);
    if (previous != null) {
      previous.cancel(false);
    }
    writer.execute(
        () -> {
          try {
            Files.deleteIfExists(file(call));
          } catch (IOException e) {
            log.warn("cannot delete the draft of call {}: {}", call, e.toString());
          }
        });
  }

  /** The drafts on disk, e.g. after a crash; unreadable files are skipped and logged. Blocking. */
  public List<Draft> load() {
    List<Draft> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : files) {
        try {
          found.add(JSON.readValue(f.toFile(), Draft.class));
        } catch (IOException | RuntimeException e) {
          log.warn("skipping an unreadable draft {}: {}", f.getFileName(), e.toString());
        }
      }
    } catch (IOException e) {
      log.warn("cannot list the drafts in {}: {}", dir, e.toString());
    }
    return found;
  }

  /** Writes every pending draft now and waits (bounded) for it. */
  public void flush() {
    List<String> calls;
    synchronized (this) {
      calls = new ArrayList<>(pending.keySet());
      pending.values().forEach(f -> f.cancel(false));
      pending.clear();
    }
    try {
      writer.submit(() -> calls.forEach(this::write)).get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("drafts not flushed: {}", e.toString());
    }
  }

  /** Flushes and stops the writer. */
  @Override
  public void close() {
    flush();
    writer.shutdown();
  }

  private void write(String call) {
    Draft draft;
    synchronized (this) {
      pending.remove(call);
      draft = latest.get(call);
    }
    if (draft == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Path target = file(call);
      Path temp = dir.resolve(target.getFileName() + ".tmp");
      Files.write(temp, JSON.writeValueAsBytes(draft));
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      log.warn("cannot save the draft of call {}: {}", call, e.toString());
    }
  }

  private Path file(String call) {
    // Call ids are UUIDs; anything else is reduced to safe characters.
    return dir.resolve(call.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
  }
}
