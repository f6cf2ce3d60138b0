package org.switchboard.app.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.switchboard.app.logging.SecretMasking;

/**
 * Makes the diagnostics bundle for an IT ticket: a zip with {@code system.txt} ({@link
 * SystemReport}), the settings files under {@code settings/} ({@link SettingsScrubber}) and the
 * newest end of each log under {@code logs/}, every text cleaned of secrets ({@link SecretMasking})
 * and customer data ({@link CustomerDataMasker}, with the names found in the data directory). The
 * rest of the data directory is only listed. Each log contributes at most {@value #LOG_BYTES} bytes
 * and each settings file {@value #SETTINGS_BYTES}, so the bundle stays small. The zip is written
 * beside its target and moved into place, so a bundle is never seen half-written.
 *
 * <p>Threads: {@link #write} blocks on file I/O; call it off the JavaFX thread.
 */
public final class DiagnosticsBundle {
  /** Bytes taken from the end of each log file. */
  static final int LOG_BYTES = 2 * 1024 * 1024;

  /** Largest settings file included. */
  static final int SETTINGS_BYTES = 512 * 1024;

  private static final Pattern LOG_FILE = Pattern.compile("switchboard(\\.[0-9]+)?\\.log");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final DiagnosticsSources sources;
  private final Clock clock;
  private final Function<Path, SystemFacts> facts;

  /** A bundle of this machine's facts. */
  public DiagnosticsBundle(DiagnosticsSources sources, Clock clock) {
    this(sources, clock, SystemFacts::ofThisMachine);
  }

  DiagnosticsBundle(DiagnosticsSources sources, Clock clock, Function<Path, SystemFacts> facts) {
    this.sources = sources;
    this.clock = clock;
    this.facts = facts;
  }

  /** {@code switchboard-diagnostics-<yyyyMMdd-HHmmss>.zip}, at the clock's time in its zone. */
  public String fileName() {
    return "switchboard-diagnostics-" + STAMP.format(ZonedDateTime.now(clock)) + ".zip";
  }

  /**
   * Writes the bundle to {@code target}, replacing a file there.
   *
   * @return {@code target}
   * @throws IOException when it cannot be written; nothing is left at {@code target} then
   */
  public Path write(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null) {
      throw new IOException("not a file: " + target);
    }
    Files.createDirectories(dir);
    Path partial = Files.createTempFile(dir, ".switchboard-diagnostics-", ".part");
    try {
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
        fill(zip);
      }
      move(partial, absolute);
    } finally {
      Files.deleteIfExists(partial);
    }
    return target;
  }

  private void fill(ZipOutputStream zip) throws IOException {
    CustomerDataMasker customers =
        new CustomerDataMasker(KnownNames.in(sources.dataDir(), sources.logDir()));
    SettingsScrubber settings = new SettingsScrubber(customers);
    List<String> notes = new ArrayList<>();
    for (String name : DiagnosticsSources.SETTINGS_FILES) {
      settingsFile(zip, settings, sources.settingsDir().resolve(name), name, notes);
    }
    settingsFile(zip, settings, sources.provisioningFile(), "provisioning.json", notes);
    for (Path log : logs()) {
      String text = LogTail.read(log, LOG_BYTES);
      entry(zip, "logs/" + log.getFileName(), customers.mask(SecretMasking.mask(text)));
    }
    FileListing.Listing data = FileListing.of(sources.dataDir());
    List<FileListing.Entry> masked = new ArrayList<>();
    for (FileListing.Entry f : data.files()) {
      masked.add(new FileListing.Entry(customers.mask(f.path()), f.bytes()));
    }
    String system =
        SystemReport.text(
            sources,
            facts.apply(sources.dataDir()),
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            new FileListing.Listing(masked, data.cut()),
            notes);
    entry(zip, "system.txt", system);
  }

  private static void settingsFile(
      ZipOutputStream zip, SettingsScrubber scrubber, Path file, String name, List<String> notes)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    if (Files.size(file) > SETTINGS_BYTES) {
      notes.add(name + ": left out, larger than " + SETTINGS_BYTES + " bytes");
      return;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String cleaned;
    try {
      cleaned = scrubber.scrubJson(text);
    } catch (IOException notJson) {
      notes.add(name + ": not valid JSON, cleaned as text");
      cleaned = scrubber.scrubText(text);
    }
    entry(zip, "settings/" + name, cleaned);
  }

  /** The log files, the current one first. */
  private List<Path> logs() throws IOException {
    List<Path> logs = new ArrayList<>();
    if (!Files.isDirectory(sources.logDir())) {
      return logs;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(sources.logDir())) {
      for (Path f : files) {
        if (LOG_FILE.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
          logs.add(f);
        }
      }
    }
    // switchboard.log, then switchboard.1.log, .2, … (never more than a few: 10 sorts after 9).
    logs.sort(
        Comparator.comparing((Path f) -> f.getFileName().toString().length())
            .thenComparing(f -> f.getFileName().toString()));
    return logs;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
