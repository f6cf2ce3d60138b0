package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A private D-Bus session bus ({@code dbus-daemon}) listening on a Unix socket the test chooses, so
 * that nothing reaches the user's own session. Its configuration is the standard session bus's
 * without service directories: nothing is started on demand, so a name is owned only when the test
 * started its owner (the stock session bus would launch gnome-keyring, with the user's own
 * keyrings, for the first client that asks for the Secret Service). Bounded by a lifetime; {@link
 * #close()} stops it by PID. Not thread-safe.
 */
public final class SessionBus implements AutoCloseable {
  private final BoundedDaemon daemon;
  private final Path socket;

  private SessionBus(BoundedDaemon daemon, Path socket) {
    this.daemon = daemon;
    this.socket = socket;
  }

  /**
   * Starts a bus on {@code socket} (a stale socket file there is removed first) and waits until it
   * listens. The path must stay under the 107 bytes a Unix socket path may have.
   *
   * @throws AssertionError with the daemon's output when it does not come up
   */
  public static SessionBus start(Path socket, Duration lifetime) {
    Path path = socket.toAbsolutePath();
    if (path.toString().getBytes(StandardCharsets.UTF_8).length > 107) {
      throw new IllegalArgumentException("Unix socket path too long: " + path);
    }
    Path config = path.resolveSibling(path.getFileName() + ".conf");
    try {
      Files.createDirectories(path.getParent());
      Files.deleteIfExists(path);
      Files.writeString(config, config(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + path, e);
    }
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "dbus-daemon",
            List.of(
                "dbus-daemon",
                "--config-file=" + config,
                "--nofork",
                "--nopidfile",
                "--print-address"),
            Map.of(),
            null,
            path.resolveSibling(path.getFileName() + ".log"),
            lifetime);
    // --print-address prints the address (with its guid) once the bus listens.
    daemon.awaitReady(() -> daemon.log().contains("guid="), Duration.ofSeconds(10));
    return new SessionBus(daemon, path);
  }

  /** The bus address for {@code DBUS_SESSION_BUS_ADDRESS}: {@code unix:path=<socket>}. */
  public String address() {
    return "unix:path=" + socket;
  }

  public Path socket() {
    return socket;
  }

  public long pid() {
    return daemon.pid();
  }

  /**
   * Whether a client holds {@code name} on the bus, e.g. {@code org.freedesktop.secrets}.
   *
   * @throws AssertionError when the bus does not answer within five seconds
   */
  public boolean hasOwner(String name) {
    BoundedCommand.Result result =
        BoundedCommand.run(
            List.of(
                "dbus-send",
                "--bus=" + address(),
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:" + name),
            Duration.ofSeconds(5));
    return result.exitCode() == 0 && result.output().contains("boolean true");
  }

  private static String config(Path socket) {
    return """
        <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
         "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
        <busconfig>
          <type>session</type>
          <listen>unix:path=%s</listen>
          <auth>EXTERNAL</auth>
          <policy context="default">
            <allow send_destination="*" eavesdrop="true"/>
            <allow eavesdrop="true"/>
            <allow own="*"/>
          </policy>
        </busconfig>
        """
        .formatted(socket);
  }

  /** Stops the bus by PID; idempotent. */
  @Override
  public void close() {
    daemon.close();
  }
}
