package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Secret Service for tests: {@code gnome-keyring-daemon --foreground --components=secrets}
 * on a private {@link SessionBus}, its login keyring created and unlocked with a password given on
 * standard input, its files (keyrings, control socket) under a directory of the test's so the
 * user's own keyrings are never touched. {@link #lookup} and {@link #store} use libsecret's {@code
 * secret-tool} to read and write it from outside the JVM. Bounded by a lifetime; {@link #close()}
 * stops it by PID. Not thread-safe.
 */
public final class SecretServiceDaemon implements AutoCloseable {
  private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(10);

  private final BoundedDaemon daemon;
  private final SessionBus bus;

  private SecretServiceDaemon(BoundedDaemon daemon, SessionBus bus) {
    this.daemon = daemon;
    this.bus = bus;
  }

  /**
   * Starts gnome-keyring on {@code bus} with its files in {@code dir} and waits until the default
   * collection (the login keyring, unlocked with {@code keyringPassword}) is there.
   *
   * @throws AssertionError with the daemon's output when it does not come up
   */
  public static SecretServiceDaemon start(
      SessionBus bus, Path dir, String keyringPassword, Duration lifetime) {
    Map<String, String> environment;
    try {
      Path runtime = dir.resolve("runtime");
      Files.createDirectories(runtime);
      // gnome-keyring refuses a runtime directory others can read.
      Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
      environment =
          Map.of(
              "DBUS_SESSION_BUS_ADDRESS", bus.address(),
              "XDG_RUNTIME_DIR", runtime.toString(),
              "XDG_DATA_HOME", Files.createDirectories(dir.resolve("data")).toString(),
              "XDG_CONFIG_HOME", Files.createDirectories(dir.resolve("config")).toString(),
              "HOME", dir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare gnome-keyring in " + dir, e);
    }
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "gnome-keyring-daemon",
            List.of("gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock"),
            environment,
            keyringPassword,
            dir.resolve("gnome-keyring.log"),
            lifetime);
    SecretServiceDaemon service = new SecretServiceDaemon(daemon, bus);
    daemon.awaitReady(service::hasDefaultCollection, Duration.ofSeconds(15));
    return service;
  }

  public SessionBus bus() {
    return bus;
  }

  public long pid() {
    return daemon.pid();
  }

  /**
   * The secret stored under exactly {@code attributes}, read with {@code secret-tool lookup}, or
   * empty when there is none.
   */
  public Optional<String> lookup(Map<String, String> attributes) {
    BoundedCommand.Result result =
        BoundedCommand.run(
            command("lookup", attributes, List.of()), environment(), null, TOOL_TIMEOUT);
    return result.exitCode() == 0 ? Optional.of(result.output()) : Optional.empty();
  }

  /**
   * Stores {@code secret} under {@code attributes} with {@code secret-tool store}, as another
   * application would.
   *
   * @throws AssertionError when secret-tool fails
   */
  public void store(String label, Map<String, String> attributes, String secret) {
    BoundedCommand.Result result =
        BoundedCommand.run(
            command("store", attributes, List.of("--label=" + label)),
            environment(),
            secret,
            TOOL_TIMEOUT);
    if (result.exitCode() != 0) {
      throw new AssertionError("secret-tool store failed: " + result.output());
    }
  }

  /** Freezes gnome-keyring (SIGSTOP): it stays on the bus but answers nothing. */
  public void pause() {
    daemon.pause();
  }

  /** Lets a paused gnome-keyring answer again. */
  public void resume() {
    daemon.resume();
  }

  /** Stops gnome-keyring by PID (the bus stays up); idempotent. */
  @Override
  public void close() {
    daemon.close();
  }

  private boolean hasDefaultCollection() {
    BoundedCommand.Result result =
        BoundedCommand.run(
            List.of(
                "dbus-send",
                "--bus=" + bus.address(),
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.ReadAlias",
                "string:default"),
            TOOL_TIMEOUT);
    return result.exitCode() == 0
        && result.output().contains("/org/freedesktop/secrets/collection/");
  }

  private Map<String, String> environment() {
    return Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address());
  }

  private static List<String> command(
      String verb, Map<String, String> attributes, List<String> options) {
    List<String> command = new ArrayList<>(List.of("secret-tool", verb));
    command.addAll(options);
    attributes.forEach(
        (name, value) -> {
          command.add(name);
          command.add(value);
        });
    return command;
  }
}
