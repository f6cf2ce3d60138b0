package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A throwaway PostgreSQL cluster from Debian's {@code postgresql} package for one test run: {@code
 * initdb} into a fresh temporary directory, then {@code postgres} in the foreground listening only
 * on one loopback address and port (its unix socket inside the temporary directory), bounded by a
 * lifetime. {@link #close()} stops it by PID (a fast shutdown, then KILL) and removes the
 * directory.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then {@code initdb} and {@code
 * postgres} run as the {@code postgres} system user the Debian package creates (through {@code
 * setpriv}, which execs, so the PID stopped is the server's own), and the directory belongs to that
 * user. Clients log in over TCP as {@link #user()} with {@link #password()} (SCRAM).
 *
 * <p>Not thread-safe: one test thread starts and stops it; {@link #createDatabase} may be called
 * from the test threads one at a time.
 */
public final class PrivatePostgres implements AutoCloseable {
  private static final String SUPERUSER = "switchboard";
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

  private final BoundedDaemon daemon;
  private final Path dir;
  private final Path bin;
  private final String address;
  private final int port;
  private final String password;
  private final Duration startupTime;
  private boolean closed;

  private PrivatePostgres(
      BoundedDaemon daemon,
      Path dir,
      Path bin,
      String address,
      int port,
      String password,
      Duration startupTime) {
    this.daemon = daemon;
    this.dir = dir;
    this.bin = bin;
    this.address = address;
    this.port = port;
    this.password = password;
    this.startupTime = startupTime;
  }

  /**
   * Starts a cluster on {@code 127.0.0.1} at a port that is free now; see {@link #start(String,
   * int, Duration)}.
   */
  public static PrivatePostgres start(Duration lifetime) {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port", e);
    }
    return start("127.0.0.1", port, lifetime);
  }

  /**
   * Starts a cluster on {@code address} (a loopback address such as {@code 127.0.0.1}) and {@code
   * port}, living at most {@code lifetime}, and waits until it accepts connections.
   *
   * @throws AssertionError with the server's output when PostgreSQL is not installed or does not
   *     come up
   */
  public static PrivatePostgres start(String address, int port, Duration lifetime) {
    if (!address.startsWith("127.") && !address.equals("::1")) {
      throw new IllegalArgumentException(
          "a private PostgreSQL listens on loopback, not " + address);
    }
    long started = System.nanoTime();
    Path bin = DebianPostgres.binaries();
    Path dir = DebianPostgres.createDirectory();
    byte[] secret = new byte[12];
    new SecureRandom().nextBytes(secret);
    String password = HexFormat.of().formatHex(secret);
    try {
      initdb(bin, dir, password);
      BoundedDaemon daemon = launch(bin, dir, address, port, lifetime);
      try {
        daemon.awaitReady(() -> acceptsConnections(bin, address, port), START_TIMEOUT);
      } catch (AssertionError e) {
        daemon.close();
        throw e;
      }
      return new PrivatePostgres(
          daemon, dir, bin, address, port, password, Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException | AssertionError e) {
      DebianPostgres.deleteRecursively(dir);
      throw e;
    }
  }

  /** The JDBC URL of {@code database} on this cluster. */
  public String jdbcUrl(String database) {
    String host = address.contains(":") ? "[" + address + "]" : address;
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** The superuser clients log in as. */
  public String user() {
    return SUPERUSER;
  }

  /** The superuser's password, fresh for every cluster. */
  public String password() {
    return password;
  }

  public String address() {
    return address;
  }

  public int port() {
    return port;
  }

  /** The temporary directory holding the cluster; removed by {@link #close()}. */
  public Path directory() {
    return dir;
  }

  /** How long {@code initdb} plus the start until the first accepted connection took. */
  public Duration startupTime() {
    return startupTime;
  }

  /** The server's own PID. */
  public long pid() {
    return daemon.pid();
  }

  public boolean isAlive() {
    return daemon.isAlive();
  }

  /** What the server logged so far. */
  public String log() {
    return daemon.log();
  }

  /**
   * Creates an empty database {@code name} (lower-case letters, digits and underscores) owned by
   * {@link #user()}, so that each test starts from nothing.
   *
   * @return its JDBC URL
   * @throws AssertionError with psql's output when it cannot be created (e.g. it exists)
   */
  public String createDatabase(String name) {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    BoundedCommand.Result created = psql("postgres", "CREATE DATABASE " + name);
    if (created.exitCode() != 0) {
      throw new AssertionError("cannot create database " + name + ": " + created.output());
    }
    return jdbcUrl(name);
  }

  /**
   * Runs one SQL command in {@code database} with {@code psql} (unaligned, tuples only, on error
   * stop), for checks that need no JDBC driver.
   */
  public BoundedCommand.Result psql(String database, String sql) {
    return BoundedCommand.run(
        List.of(
            bin.resolve("psql").toString(),
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            address,
            "-p",
            Integer.toString(port),
            "-U",
            SUPERUSER,
            "-d",
            database,
            "-c",
            sql),
        Map.of("PGPASSWORD", password, "PGCONNECT_TIMEOUT", "5"),
        null,
        COMMAND_TIMEOUT);
  }

  /**
   * Stops the server by PID with a fast shutdown (SIGINT: open sessions are ended, so a pool left
   * open cannot hold it up), KILL if it lingers, and removes its directory. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (daemon.isAlive()) {
        BoundedCommand.run(List.of("kill", "-INT", Long.toString(daemon.pid())), COMMAND_TIMEOUT);
        daemon.awaitExit(Duration.ofSeconds(15));
      }
    } catch (AssertionError stillRunning) {
      // awaitExit stopped it the hard way; the directory goes all the same.
    } finally {
      daemon.close();
      DebianPostgres.deleteRecursively(dir);
    }
  }

  private static boolean acceptsConnections(Path bin, String address, int port) {
    BoundedCommand.Result ready =
        BoundedCommand.run(
            List.of(
                bin.resolve("pg_isready").toString(),
                "-q",
                "-h",
                address,
                "-p",
                Integer.toString(port),
                "-t",
                "1"),
            Duration.ofSeconds(5));
    return ready.exitCode() == 0;
  }

  private static void initdb(Path bin, Path dir, String password) {
    Path passwordFile = dir.resolve("password");
    try {
      Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
      DebianPostgres.handToServiceUser(passwordFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + passwordFile, e);
    }
    BoundedCommand.Result made =
        BoundedCommand.run(
            DebianPostgres.asServer(
                dir,
                bin.resolve("initdb").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + passwordFile,
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                // A throwaway cluster: durability is not worth the fsyncs.
                "--no-sync",
                "--no-instructions"),
            Duration.ofSeconds(60));
    if (made.exitCode() != 0) {
      throw new AssertionError("initdb failed in " + dir + ": " + made.output());
    }
  }

  private static BoundedDaemon launch(
      Path bin, Path dir, String address, int port, Duration lifetime) {
    Path socketDir = dir.resolve("socket");
    try {
      Files.createDirectory(socketDir);
      DebianPostgres.handToServiceUser(socketDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + socketDir, e);
    }
    return BoundedDaemon.start(
        "postgres",
        DebianPostgres.asServer(
            dir,
            bin.resolve("postgres").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-p",
            Integer.toString(port),
            "-c",
            "listen_addresses=" + address,
            "-c",
            "unix_socket_directories=" + socketDir,
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "shared_buffers=32MB",
            "-c",
            "max_connections=60"),
        Map.of(),
        null,
        dir.resolve("postgres.log"),
        lifetime);
  }
}
