package org.switchboard.queue.service.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the store lives: the settings {@code store.url}, {@code store.user}, {@code store.password}
 * and {@code store.pool-size}.
 *
 * @param url a JDBC URL: {@code jdbc:postgresql://…} in production, by default an embedded H2 file
 *     ({@link #embedded})
 * @param user the database user, or null when the URL carries none (H2's default)
 * @param password the user's password, or null; never shown by {@link #toString()}
 * @param poolSize the most connections the pool opens
 */
public record StoreSettings(
    String url, @Nullable String user, @Nullable String password, int poolSize) {
  /** The name of the URL setting, as errors show it. */
  public static final String URL_SETTING = "store.url";

  private static final int DEFAULT_POOL_SIZE = 5;
  // A password inside the URL (PostgreSQL's ?password=, H2's ;PASSWORD=, or user:secret@host).
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)(password=)[^&;]*|(//[^/:@]+:)[^/@]*(@)");

  public StoreSettings {
    Objects.requireNonNull(url, "url");
    if (url.isBlank()) {
      throw new IllegalArgumentException(URL_SETTING + " is empty");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("store.pool-size must be at least 1, not " + poolSize);
    }
  }

  /**
   * The embedded default: an H2 database file at {@code file} (H2 adds {@code .mv.db}) in
   * PostgreSQL compatibility mode, so the same migrations and SQL serve both.
   */
  public static StoreSettings embedded(Path file) {
    return new StoreSettings(
        "jdbc:h2:file:"
            + file.toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        null,
        null,
        DEFAULT_POOL_SIZE);
  }

  /** A PostgreSQL database at {@code url}, as {@code user} with {@code password}. */
  public static StoreSettings postgres(String url, String user, String password) {
    return new StoreSettings(url, user, password, DEFAULT_POOL_SIZE);
  }

  /** The URL with any password in it masked, fit for logs and error messages. */
  public String redactedUrl() {
    return URL_PASSWORD.matcher(url).replaceAll(m -> m.group(1) != null ? "$1***" : "$2***$3");
  }

  /** {@code store.url=<url>}: how errors name the setting. */
  public String describe() {
    return URL_SETTING + "=" + redactedUrl();
  }

  @Override
  public String toString() {
    return "StoreSettings[" + describe() + ", user=" + user + ", poolSize=" + poolSize + "]";
  }
}
