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
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.core.account.SipTransport;

/**
 * Reads and writes {@code account.json} in the settings directory. A file that cannot be understood
 * is renamed to {@code account.json.bad} and the defaults are used; the {@link Loaded} result says
 * so, naming the file. Blocking file I/O: call it off the JavaFX application thread.
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
      AccountSettings settings, @Nullable String problem, @Nullable Path renamedTo) {}

  /** Loads the settings; the defaults when there is no file or it is corrupt. */
  public Loaded load() {
    if (!Files.exists(file)) {
      return new Loaded(AccountSettings.defaults(), null, null);
    }
    try {
      return new Loaded(parse(JSON.readTree(file.toFile())), null, null);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return new Loaded(AccountSettings.defaults(), reason(e), setAside());
    } catch (IOException e) {
      return new Loaded(AccountSettings.defaults(), reason(e), null);
    }
  }

  /** Writes {@code settings}, replacing the file atomically where the file system allows. */
  public void save(AccountSettings settings) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(temporary.toFile(), toJson(settings));
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static ObjectNode toJson(AccountSettings s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("host", s.host());
    node.put("port", s.port());
    node.put("transport", s.transport().name().toLowerCase(Locale.ROOT));
    node.put("user", s.user());
    node.put("authUser", s.authUser());
    node.put("domain", s.domain());
    node.put("displayName", s.displayName());
    node.put("language", s.language().tag());
    return node;
  }

  private static AccountSettings parse(@Nullable JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    AccountSettings d = AccountSettings.defaults();
    String language = text(node, "language", d.language().tag());
    return new AccountSettings(
        text(node, "host", d.host()),
        number(node, "port", d.port()),
        SipTransport.parse(text(node, "transport", "udp")),
        text(node, "user", d.user()),
        text(node, "authUser", d.authUser()),
        text(node, "domain", d.domain()),
        text(node, "displayName", d.displayName()),
        Language.fromTag(language)
            .orElseThrow(
                () -> new IllegalArgumentException("unknown language '" + language + "'")));
  }

  private static String text(JsonNode node, String key, String fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(key + " must be a string");
    }
    return value.asText();
  }

  private static int number(JsonNode node, String key, int fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(key + " must be a whole number");
    }
    return value.intValue();
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
