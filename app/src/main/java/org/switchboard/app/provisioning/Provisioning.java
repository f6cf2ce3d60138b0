package org.switchboard.app.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.provisioning.LastGoodCopies.Kind;
import org.switchboard.app.provisioning.ProvisioningReader.Origin;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.ProvisionedSettings;
import org.switchboard.app.settings.ProvisionedSettings.Problem;
import org.switchboard.app.settings.SettingLocks;
import org.switchboard.app.settings.SettingsJson;
import org.switchboard.app.settings.SettingsOverlay;

/**
 * Central configuration (docs/provisioning.md): reads the machine's provisioning file and the HTTPS
 * URL it may name, checks each ({@link ProvisioningReader}) and gives the defaults and locks that
 * lie beneath the user's settings. The URL's values win over the file's; its locks add to the
 * file's. A document that cannot be used (invalid, unreadable, unreachable) is replaced by its last
 * good copy ({@link LastGoodCopies}) and the problem is logged and returned for the settings screen
 * to show. No file means no provisioning.
 *
 * <p>Blocking: file I/O and at most one fetch, bounded by the client's timeout. The desktop calls
 * it once at start on {@code desktop-io}.
 */
public final class Provisioning {
  private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

  private final @Nullable Path file;
  private final LastGoodCopies copies;
  private final ProvisioningClient client;

  /**
   * @param file the provisioning file ({@link ProvisioningLocation}); it need not exist
   * @param dataDir the user's data directory, where the last good copies are kept (under {@code
   *     provisioning/})
   */
  public Provisioning(Path file, Path dataDir, ProvisioningClient client) {
    this(file, new LastGoodCopies(dataDir.resolve("provisioning")), client);
  }

  private Provisioning(@Nullable Path file, LastGoodCopies copies, ProvisioningClient client) {
    this.file = file;
    this.copies = copies;
    this.client = client;
  }

  /** The real machine: the file where {@link ProvisioningLocation} says, the JDK's trust. */
  public static Provisioning forMachine(
      Map<String, String> env, Function<String, @Nullable String> systemProperty, Path dataDir) {
    return new Provisioning(
        ProvisioningLocation.file(env, systemProperty), dataDir, ProvisioningClient.system());
  }

  /** No provisioning at all, not even a file to look for (tests, demos). */
  public static Provisioning none() {
    // Without a file nothing is read, fetched or kept: the copies and the client stay unused.
    return new Provisioning(null, new LastGoodCopies(Path.of(".")), ProvisioningClient.system());
  }

  /** Reads the file and its URL; never throws, problems are in the result. */
  public ProvisionedSettings load() {
    Path source = file;
    if (source == null) {
      return ProvisionedSettings.none();
    }
    List<Problem> problems = new ArrayList<>();
    Optional<ProvisioningDocument> fromFile = fromFile(source, problems);
    if (fromFile.isEmpty()) {
      forget(Kind.URL);
      return new ProvisionedSettings(DesktopSettings.defaults(), SettingLocks.none(), problems);
    }
    ObjectNode settings = fromFile.get().settings();
    Set<String> locked = new LinkedHashSet<>(fromFile.get().locked());
    URI url = fromFile.get().url();
    if (url == null) {
      forget(Kind.URL);
    } else {
      Optional<ProvisioningDocument> served = fromUrl(url, layered(settings), problems);
      if (served.isPresent()) {
        settings = SettingsOverlay.over(settings, served.get().settings());
        locked.addAll(served.get().locked());
      }
    }
    log.info(
        "provisioning: {} sets {}, locks {}", source, SettingsOverlay.fieldPaths(settings), locked);
    return new ProvisionedSettings(layered(settings), new PathLocks(locked), problems);
  }

  private Optional<ProvisioningDocument> fromFile(Path source, List<Problem> problems) {
    byte[] json;
    try {
      json = Files.readAllBytes(source);
    } catch (NoSuchFileException e) {
      forget(Kind.FILE);
      return Optional.empty();
    } catch (IOException e) {
      ProvisioningException unreadable =
          new ProvisioningException(source.toString(), null, "not readable: " + e.getMessage());
      return lastGood(Kind.FILE, unreadable, DesktopSettings.defaults(), problems);
    }
    try {
      ProvisioningDocument document =
          ProvisioningReader.read(source.toString(), json, Origin.FILE, DesktopSettings.defaults());
      keep(Kind.FILE, json);
      return Optional.of(document);
    } catch (ProvisioningException e) {
      return lastGood(Kind.FILE, e, DesktopSettings.defaults(), problems);
    }
  }

  private Optional<ProvisioningDocument> fromUrl(
      URI url, DesktopSettings beneath, List<Problem> problems) {
    try {
      byte[] json = client.fetch(url);
      ProvisioningDocument document =
          ProvisioningReader.read(ProvisioningClient.shown(url), json, Origin.URL, beneath);
      keep(Kind.URL, json);
      return Optional.of(document);
    } catch (ProvisioningException e) {
      return lastGood(Kind.URL, e, beneath, problems);
    }
  }

  /** The last good copy of {@code kind} in place of a document that failed {@code why}. */
  private Optional<ProvisioningDocument> lastGood(
      Kind kind, ProvisioningException why, DesktopSettings beneath, List<Problem> problems) {
    Optional<ProvisioningDocument> copy = Optional.empty();
    String where = copies.path(kind).toString();
    try {
      Optional<byte[]> json = copies.read(kind);
      if (json.isPresent()) {
        Origin origin = kind == Kind.FILE ? Origin.FILE : Origin.URL;
        copy = Optional.of(ProvisioningReader.read(where, json.get(), origin, beneath));
      }
    } catch (IOException | ProvisioningException e) {
      log.warn("provisioning: the last good copy {} is unusable: {}", where, e.getMessage());
    }
    log.warn(
        "provisioning: {}; {}",
        why.getMessage(),
        copy.isPresent() ? "using the last good copy " + where : "no last good copy to use");
    problems.add(new Problem(why.source(), why.problem(), copy.isPresent()));
    return copy;
  }

  private void keep(Kind kind, byte[] json) {
    try {
      copies.keep(kind, json);
    } catch (IOException e) {
      log.warn("provisioning: could not keep a copy at {}: {}", copies.path(kind), e.getMessage());
    }
  }

  private void forget(Kind kind) {
    try {
      copies.forget(kind);
    } catch (IOException e) {
      log.warn("provisioning: could not remove {}: {}", copies.path(kind), e.getMessage());
    }
  }

  /** The built-in defaults with {@code settings} over them; {@code settings} was checked. */
  private static DesktopSettings layered(JsonNode settings) {
    return SettingsJson.read(
        SettingsOverlay.over(SettingsJson.write(DesktopSettings.defaults()), settings));
  }
}
