package org.switchboard.app.history;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallId;

/**
 * The agent's call history, kept in {@code <directory>/history.jsonl}: one JSON line per ended
 * call, and one per disposition recorded later (see {@link HistoryLines}). Lines are only ever
 * appended, each in one write; the file is rewritten (atomically, a temporary file moved into
 * place) only when it has grown to twice the bound. At most {@code limit} calls are kept, the
 * newest. A line that cannot be read (a torn write, a hand edit) is skipped and logged; it never
 * stops the rest from loading. The file is created readable by the user only: it holds customers'
 * numbers.
 *
 * <p>Threads: every method does file IO and must run on a background thread ({@code desktop-io});
 * methods are synchronised, the first call loads the file.
 */
public final class CallHistory {
  /** Calls kept by default. */
  public static final int DEFAULT_LIMIT = 1000;

  /** The file's name in the directory. */
  public static final String FILE_NAME = "history.jsonl";

  /** Longest line read, in characters; a longer one is skipped as damaged. */
  static final int MAX_LINE = 16 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(CallHistory.class);

  private final Path directory;
  private final Path file;
  private final int limit;
  private final List<HistoryEntry> entries = new ArrayList<>();
  private boolean loaded;

  /**
   * Set when the file exists but could not be read: then it is never written, so nothing is lost.
   */
  private boolean readOnly;

  private long linesInFile;
  private boolean endsWithoutNewline;

  /** A history of at most {@value #DEFAULT_LIMIT} calls in {@code directory}. No IO here. */
  public CallHistory(Path directory) {
    this(directory, DEFAULT_LIMIT);
  }

  /** A history of at most {@code limit} calls in {@code directory}. No IO here. */
  public CallHistory(Path directory, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    this.directory = directory;
    this.file = directory.resolve(FILE_NAME);
    this.limit = limit;
  }

  /** The calls, newest first. */
  public synchronized List<HistoryEntry> entries() {
    load();
    List<HistoryEntry> newestFirst = new ArrayList<>(entries);
    Collections.reverse(newestFirst);
    return List.copyOf(newestFirst);
  }

  /** Adds an ended call. A write failure is logged; the call stays in memory. */
  public synchronized void append(HistoryEntry entry) {
    load();
    entries.add(entry);
    trim();
    write(HistoryLines.call(entry));
  }

  /**
   * Records the wrap-up's disposition code for {@code call} (the newest entry of that call).
   *
   * @return whether the call is in the history; false leaves everything as it was
   */
  public synchronized boolean recordDisposition(CallId call, String code) {
    load();
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).call().equals(call)) {
        HistoryEntry updated = entries.get(i).withDisposition(code);
        entries.set(i, updated);
        write(HistoryLines.disposition(call, Objects.requireNonNull(updated.disposition())));
        return true;
      }
    }
    return false;
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try (Reader reader =
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      BoundedLines lines = new BoundedLines(reader, MAX_LINE);
      for (String line = lines.next(); line != null; line = lines.next()) {
        linesInFile++;
        apply(lines.number(), line);
      }
      endsWithoutNewline = lines.endedWithoutNewline();
      trim();
    } catch (NoSuchFileException absent) {
      return;
    } catch (IOException | RuntimeException e) {
      readOnly = true;
      LOG.error("call history {} could not be read; it is left untouched: {}", file, e.toString());
    }
  }

  private void apply(long number, String line) {
    if (line.length() > MAX_LINE) {
      LOG.warn("call history line {} skipped: longer than {} characters", number, MAX_LINE);
      return;
    }
    if (line.isBlank()) {
      return;
    }
    HistoryLines.Line parsed;
    try {
      parsed = HistoryLines.parse(line);
    } catch (IllegalArgumentException e) {
      LOG.warn("call history line {} skipped: {}", number, e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.warn("call history line {} skipped: {}", number, e.getClass().getSimpleName());
      return;
    }
    if (parsed instanceof HistoryLines.Call) {
      entries.add(((HistoryLines.Call) parsed).entry());
    } else {
      HistoryLines.Disposition d = (HistoryLines.Disposition) parsed;
      for (int i = entries.size() - 1; i >= 0; i--) {
        if (entries.get(i).call().equals(d.call())) {
          entries.set(i, entries.get(i).withDisposition(d.code()));
          break;
        }
      }
    }
  }

  private void trim() {
    if (entries.size() > limit) {
      entries.subList(0, entries.size() - limit).clear();
    }
  }

  private void write(String line) {
    if (readOnly) {
      return;
    }
    try {
      if (linesInFile + 1 > 2L * limit) {
        rewrite();
      } else {
        appendLine(line);
      }
    } catch (IOException e) {
      LOG.warn("call history {} could not be written: {}", file, e.toString());
    }
  }

  private void appendLine(String line) throws IOException {
    Files.createDirectories(directory);
    createPrivate(file);
    // After a torn write the file ends mid-line: start on a fresh line so only that one is lost.
    String text = (endsWithoutNewline ? "\n" : "") + line + "\n";
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    }
    endsWithoutNewline = false;
    linesInFile++;
  }

  /** Writes the kept calls (dispositions folded in) to a new file and moves it into place. */
  private void rewrite() throws IOException {
    Files.createDirectories(directory);
    Path temporary = directory.resolve(FILE_NAME + ".tmp");
    Files.deleteIfExists(temporary);
    createPrivate(temporary);
    StringBuilder text = new StringBuilder();
    for (HistoryEntry e : entries) {
      text.append(HistoryLines.call(e)).append('\n');
    }
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    try (FileChannel sync = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      sync.force(true);
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    linesInFile = entries.size();
    endsWithoutNewline = false;
  }

  private static void createPrivate(Path path) throws IOException {
    if (Files.exists(path)) {
      return;
    }
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(path);
    }
  }
}
