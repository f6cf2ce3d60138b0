package org.switchboard.queue.service.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;

/**
 * Where the service keeps interactions and agents' states: an embedded database file (the default,
 * for a single machine) or a PostgreSQL (or other JDBC) server.
 *
 * @param jdbcUrl the JDBC URL to connect to; for the embedded store, H2's URL of {@code
 *     embeddedFile}
 * @param embeddedFile the embedded database's file (without H2's {@code .mv.db} suffix), absolute;
 *     null for a server
 * @param user the database user; empty for the embedded store
 * @param password the database password; empty when none is needed
 */
public record StoreSettings(
    String jdbcUrl, @Nullable Path embeddedFile, String user, Secret password) {
  public StoreSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("a JDBC URL starts with jdbc:, was " + jdbcUrl);
    }
    if (embeddedFile != null && !embeddedFile.isAbsolute()) {
      throw new IllegalArgumentException("the embedded file must be absolute: " + embeddedFile);
    }
  }

  /** The embedded store in {@code file} (absolute, without the {@code .mv.db} suffix). */
  public static StoreSettings embedded(Path file) {
    return new StoreSettings("jdbc:h2:file:" + file, file, "", Secret.of(""));
  }

  /** A database server at {@code jdbcUrl}. */
  public static StoreSettings server(String jdbcUrl, String user, Secret password) {
    return new StoreSettings(jdbcUrl, null, user, password);
  }

  /** The embedded database's file, when the store is embedded. */
  public Optional<Path> embedded() {
    return Optional.ofNullable(embeddedFile);
  }
}
