package org.switchboard.queue.service.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.switchboard.testkit.PrivatePostgres;

/**
 * One private PostgreSQL cluster for every {@code *PostgresLabTest} of the run (started by the
 * first, stopped by JUnit when the run ends), and a fresh database in it for each test.
 */
public final class PostgresStores implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresStores.class);
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile @Nullable Cluster cluster;

  /** The running cluster; started by {@link #beforeAll}. */
  public static PrivatePostgres postgres() {
    Cluster running = cluster;
    if (running == null) {
      throw new IllegalStateException("extend the test with PostgresStores");
    }
    return running.postgres;
  }

  /** Settings of a new, empty database. */
  public static StoreSettings freshStore() {
    PrivatePostgres postgres = postgres();
    String url = postgres.createDatabase("store_" + DATABASES.incrementAndGet());
    return StoreSettings.postgres(url, postgres.user(), postgres.password());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                "cluster",
                key -> new Cluster(PrivatePostgres.start(Duration.ofMinutes(15))),
                Cluster.class);
  }

  private static final class Cluster implements ExtensionContext.Store.CloseableResource {
    final PrivatePostgres postgres;

    Cluster(PrivatePostgres postgres) {
      this.postgres = postgres;
      LoggerFactory.getLogger(PostgresStores.class)
          .info("PrivatePostgres started in {} ms", postgres.startupTime().toMillis());
    }

    @Override
    public void close() {
      postgres.close();
    }
  }
}
