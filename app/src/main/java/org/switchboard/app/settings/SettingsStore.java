package org.switchboard.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@code account.json} in the settings directory: all the desktop's settings
 * ({@link DesktopSettings}, format in {@link SettingsJson}); the name stays from the first version,
 * which held only the account. A file that cannot be understood is renamed to {@code
 * account.json.bad} and the defaults are used; the {@link Loaded} result says so, naming the file.
 * Blocking file I/O: call it off the JavaFX application thread.
 */
public final class SettingsStore {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  public SettingsStore(Path directory) {
    this.file = directory.resolve("account.json");
  }

  /** The settings file. */
  public Path file() {
    return file;
  }

  /**
   * What loading found.
   *
   * @param problem why the file was unusable, or null when it was fine or absent
   * @param renamedTo where the unusable file was moved, or null
   */
  public record Loaded(
      DesktopSettings desktop, @Nullable String problem, @Nullable Path renamedTo) {
    /** The account part of {@link #desktop()}. */
    public AccountSettings settings() {
      return desktop.account();
    }
  }

  /** Whether the settings file exists (when it does not, the first-run wizard is due). */
  public boolean exists() {
    return Files.exists(file);
  }

  /** Loads the settings; the defaults when there is no file or it is corrupt. */
  public Loaded load() {
    if (!Files.exists(file)) {
      return new Loaded(DesktopSettings.defaults(), null, null);
    }
    try {
      return new Loaded(SettingsJson.read(JSON.readTree(file.toFile())), null, null);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return new Loaded(DesktopSettings.defaults(), reason(e), setAside());
    } catch (IOException e) {
      return new Loaded(DesktopSettings.defaults(), reason(e), null);
    }
  }

  /**
   * Writes {@code account} and keeps the other settings as the file has them (their defaults when
   * it is missing or unreadable; an unreadable file is overwritten, not set aside).
   */
  public void save(AccountSettings account) throws IOException {
    DesktopSettings current = DesktopSettings.defaults();
    if (Files.exists(file)) {
      try {
        current = SettingsJson.read(JSON.readTree(file.toFile()));
      } catch (IOException | IllegalArgumentException e) {
        // Overwritten below: the account screen's values are what the user wants now.
      }
    }
    save(current.withAccount(account));
  }

  /** Writes {@code settings}, replacing the file atomically where the file system allows. */
  public void save(DesktopSettings settings) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(temporary.toFile(), SettingsJson.write(settings));
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private @Nullable Path setAside() {
    Path bad = file.resolveSibling(file.getFileName() + ".bad");
    try {
      return Files.move(file, bad, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      return null;
    }
  }

  private static String reason(Exception e) {
    if (e instanceof JsonProcessingException j) {
      var at = j.getLocation();
      return at == null
          ? "malformed JSON"
          : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
