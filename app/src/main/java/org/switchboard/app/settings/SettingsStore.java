package org.switchboard.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@code account.json} in the settings directory: the user's own settings ({@link
 * DesktopSettings}, format in {@link SettingsJson}); the name stays from the first version, which
 * held only the account.
 *
 * <p>Settings come in layers: the built-in defaults, then an administrator's ({@link #provision}),
 * then the user's file. The file records only what the user changed from the defaults in force when
 * it was saved, and never a locked field; so a default the administrator changes later reaches
 * every user who had not changed that field, and a locked field always takes the administrator's
 * value. A file that names every field (as earlier versions wrote it) loads as before.
 *
 * <p>A file that cannot be understood is renamed to {@code account.json.bad} and the defaults are
 * used; the {@link Loaded} result says so, naming the file. Blocking file I/O: call it off the
 * JavaFX application thread.
 */
public final class SettingsStore {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private volatile ProvisionedSettings provisioned = ProvisionedSettings.none();

  public SettingsStore(Path directory) {
    this.file = directory.resolve("account.json");
  }

  /** The settings file. */
  public Path file() {
    return file;
  }

  /**
   * Puts {@code administrator}'s defaults and locks beneath the user's settings from now on. The
   * desktop calls it once at start, before it first loads.
   */
  public void provision(ProvisionedSettings administrator) {
    this.provisioned = Objects.requireNonNull(administrator, "administrator");
  }

  /**
   * What loading found.
   *
   * @param desktop the settings in force: defaults, the administrator's, the user's
   * @param problem why the file was unusable, or null when it was fine or absent
   * @param renamedTo where the unusable file was moved, or null
   * @param provisioned what the administrator set: locks and problems to show
   */
  public record Loaded(
      DesktopSettings desktop,
      @Nullable String problem,
      @Nullable Path renamedTo,
      ProvisionedSettings provisioned) {
    /** The account part of {@link #desktop()}. */
    public AccountSettings settings() {
      return desktop.account();
    }
  }

  /** Whether the settings file exists (when it does not, the first-run wizard is due). */
  public boolean exists() {
    return Files.exists(file);
  }

  /** Loads the settings; the defaults in force when there is no file or it is corrupt. */
  public Loaded load() {
    ProvisionedSettings administrator = provisioned;
    DesktopSettings defaults = administrator.defaults();
    if (!Files.exists(file)) {
      return new Loaded(defaults, null, null, administrator);
    }
    try {
      return new Loaded(layered(read(), administrator), null, null, administrator);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return new Loaded(defaults, reason(e), setAside(), administrator);
    } catch (IOException e) {
      return new Loaded(defaults, reason(e), null, administrator);
    }
  }

  /**
   * Writes {@code account} and keeps the other settings as they stand (the defaults in force when
   * the file is missing or unreadable; an unreadable file is overwritten, not set aside).
   */
  public void save(AccountSettings account) throws IOException {
    ProvisionedSettings administrator = provisioned;
    DesktopSettings current = administrator.defaults();
    if (Files.exists(file)) {
      try {
        current = layered(read(), administrator);
      } catch (IOException | IllegalArgumentException e) {
        // Overwritten below: the account screen's values are what the user wants now.
      }
    }
    save(current.withAccount(account));
  }

  /**
   * Writes what in {@code settings} differs from the defaults in force, without locked fields,
   * replacing the file atomically where the file system allows.
   */
  public void save(DesktopSettings settings) throws IOException {
    ProvisionedSettings administrator = provisioned;
    ObjectNode own =
        SettingsOverlay.without(
            SettingsOverlay.difference(
                SettingsJson.write(settings), SettingsJson.write(administrator.defaults())),
            administrator.locks());
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(temporary.toFile(), own);
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private JsonNode read() throws IOException {
    return JSON.readTree(file.toFile());
  }

  /** The user's {@code own} values over the administrator's defaults; locked fields ignored. */
  private static DesktopSettings layered(JsonNode own, ProvisionedSettings administrator) {
    if (!own.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    ObjectNode base = SettingsJson.write(administrator.defaults());
    return SettingsJson.read(
        SettingsOverlay.over(base, SettingsOverlay.without(own, administrator.locks())));
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
