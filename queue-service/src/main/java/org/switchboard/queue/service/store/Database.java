package org.switchboard.queue.service.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's database: a HikariCP pool on {@link StoreSettings#url()} whose schema Flyway brings
 * up to date ({@code classpath:db/migration}) before anything else uses it. Safe from any thread;
 * each unit of work takes its own connection from the pool.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final String MIGRATIONS = "classpath:db/migration";
  private static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

  private final HikariDataSource pool;
  private final StoreSettings settings;
  private final int migrationsApplied;

  private Database(HikariDataSource pool, StoreSettings settings, int migrationsApplied) {
    this.pool = pool;
    this.settings = settings;
    this.migrationsApplied = migrationsApplied;
  }

  /**
   * Opens the pool and applies any migration the database lacks.
   *
   * @throws StoreException naming {@code store.url} (without its password) when the driver is
   *     unknown, the database cannot be reached, or a migration fails
   */
  public static Database open(StoreSettings settings) {
    return open(settings, DEFAULT_CONNECTION_TIMEOUT);
  }

  /**
   * {@link #open(StoreSettings)} with how long a unit of work waits for a connection before it
   * fails: while the database is unreachable every unit of work waits this long, so a writer that
   * retries (and tests of outages) may want it shorter than the default 10 s.
   */
  public static Database open(StoreSettings settings, Duration connectionTimeout) {
    HikariDataSource pool = connect(settings, connectionTimeout);
    try {
      int applied = migrate(pool, settings);
      log.info("Store ready at {} ({} migrations applied now)", settings.redactedUrl(), applied);
      return new Database(pool, settings, applied);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static HikariDataSource connect(StoreSettings settings, Duration connectionTimeout) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("queue-store");
    config.setJdbcUrl(settings.url());
    if (settings.user() != null) {
      config.setUsername(settings.user());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(1);
    config.setConnectionTimeout(connectionTimeout.toMillis());
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          settings.describe() + ": cannot open the database: " + rootMessage(e), e);
    }
  }

  private static int migrate(DataSource dataSource, StoreSettings settings) {
    try {
      return Flyway.configure(Database.class.getClassLoader())
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException(settings.describe() + ": migration failed: " + e.getMessage(), e);
    }
  }

  /** How many migrations {@link #open} applied (0 when the schema was already current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  public StoreSettings settings() {
    return settings;
  }

  /** The pool, for what the repositories do not cover (e.g. figures queries). */
  public DataSource dataSource() {
    return pool;
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** A unit of work on one connection that returns nothing. */
  @FunctionalInterface
  interface Step {
    void run(Connection connection) throws SQLException;
  }

  /** {@link #transaction} for work that returns nothing. */
  void execute(String what, Step step) {
    transaction(
        what,
        connection -> {
          step.run(connection);
          return Boolean.TRUE;
        });
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   *
   * @param what what is being done, for the error message
   * @throws StoreException wrapping any {@link SQLException}
   */
  <T> T transaction(String what, Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + " (" + settings.describe() + "): " + e, e);
    }
  }

  /** Closes the pool; an embedded database file is closed with its last connection. */
  @Override
  public void close() {
    pool.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
  }
}
