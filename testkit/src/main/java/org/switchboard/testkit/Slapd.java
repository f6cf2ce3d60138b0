package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A real OpenLDAP server ({@code /usr/sbin/slapd}) for one test class: its own directory with a
 * generated {@code slapd.conf}, an mdb database loaded from LDIF with {@code slapadd} before the
 * start, the core, cosine, inetOrgPerson and NIS schemas (plus any extra schema files), listening
 * on 127.0.0.1 at a free port (and a second one for LDAPS when TLS is configured). It runs in the
 * foreground, bounded by a lifetime, and {@link #close()} stops it by PID.
 *
 * <p>Without {@link Builder#access access} lines, slapd's default applies: everybody reads
 * everything. Not thread-safe: one test thread starts, pauses and stops it.
 */
public final class Slapd implements AutoCloseable {
  private static final String SLAPD = "/usr/sbin/slapd";
  private static final String SLAPADD = "/usr/sbin/slapadd";
  private static final String SLAPTEST = "/usr/sbin/slaptest";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final BoundedDaemon daemon;
  private final int port;
  private final int ldapsPort;
  private final String suffix;
  private final String rootPassword;

  private Slapd(BoundedDaemon daemon, int port, int ldapsPort, String suffix, String rootPassword) {
    this.daemon = daemon;
    this.port = port;
    this.ldapsPort = ldapsPort;
    this.suffix = suffix;
    this.rootPassword = rootPassword;
  }

  /** A server whose files live in {@code dir} (a fresh, empty directory). */
  public static Builder in(Path dir) {
    return new Builder(dir);
  }

  /** {@code ldap://127.0.0.1:<port>}. */
  public String url() {
    return "ldap://127.0.0.1:" + port;
  }

  /**
   * {@code ldaps://127.0.0.1:<port>}.
   *
   * @throws IllegalStateException when the server was started without TLS
   */
  public String ldapsUrl() {
    if (ldapsPort == 0) {
      throw new IllegalStateException("slapd was started without tls(...)");
    }
    return "ldaps://127.0.0.1:" + ldapsPort;
  }

  public int port() {
    return port;
  }

  /** The naming context, e.g. {@code dc=switchboard,dc=test}. */
  public String suffix() {
    return suffix;
  }

  /** The administrator, {@code cn=admin,<suffix>}, who may do anything. */
  public String rootDn() {
    return "cn=admin," + suffix;
  }

  public String rootPassword() {
    return rootPassword;
  }

  /** slapd's own PID. */
  public long pid() {
    return daemon.pid();
  }

  public boolean isAlive() {
    return daemon.isAlive();
  }

  /** What slapd logged so far. */
  public String log() {
    return daemon.log();
  }

  /**
   * Freezes slapd (SIGSTOP): the kernel still accepts connections on its port, but nothing answers,
   * as with a hung or overloaded server.
   */
  public void pause() {
    daemon.pause();
  }

  /** Lets a paused slapd answer again. */
  public void resume() {
    daemon.resume();
  }

  /** Stops slapd by PID; idempotent. */
  @Override
  public void close() {
    daemon.close();
  }

  /** What the server holds and how it is reached. */
  public static final class Builder {
    private final Path dir;
    private String suffix = "dc=switchboard,dc=test";
    private String rootPassword = "admin-secret";
    private final List<Path> extraSchemas = new ArrayList<>();
    private final List<String> access = new ArrayList<>();
    private final List<String> directives = new ArrayList<>();
    private String ldif = "";
    private @Nullable Path certificatePem;
    private @Nullable Path privateKeyPem;
    private Duration lifetime = Duration.ofMinutes(10);

    private Builder(Path dir) {
      this.dir = Objects.requireNonNull(dir, "dir");
    }

    /**
     * The naming context; the LDIF must create its entry. Default {@code dc=switchboard,dc=test}.
     */
    public Builder suffix(String suffix) {
      this.suffix = suffix;
      return this;
    }

    public Builder rootPassword(String rootPassword) {
      this.rootPassword = rootPassword;
      return this;
    }

    /** A schema file (slapd.conf syntax) loaded after the standard ones. */
    public Builder schema(Path schemaFile) {
      extraSchemas.add(schemaFile);
      return this;
    }

    /** One slapd.conf access directive, e.g. {@code to * by users read by anonymous auth}. */
    public Builder access(String directive) {
      access.add(directive);
      return this;
    }

    /**
     * Any other directive for the database section, e.g. {@code security simple_bind=128} (simple
     * binds only over TLS).
     */
    public Builder directive(String directive) {
      directives.add(directive);
      return this;
    }

    /** The entries loaded before the start, the suffix's own entry first. */
    public Builder ldif(String ldif) {
      this.ldif = ldif;
      return this;
    }

    /** Serves StartTLS on the plain port and LDAPS on a second port with this PEM pair. */
    public Builder tls(Path certificatePem, Path privateKeyPem) {
      this.certificatePem = certificatePem;
      this.privateKeyPem = privateKeyPem;
      return this;
    }

    /** How long slapd may live if nobody stops it. Default ten minutes. */
    public Builder lifetime(Duration lifetime) {
      this.lifetime = lifetime;
      return this;
    }

    /**
     * Writes the configuration, loads the LDIF and starts slapd, waiting until it accepts
     * connections.
     *
     * @throws AssertionError with slapd's output when it does not come up
     */
    public Slapd start() {
      try {
        Path db = Files.createDirectories(dir.resolve("db"));
        Path config = dir.resolve("slapd.conf");
        Files.writeString(config, config(db), StandardCharsets.UTF_8);
        Path data = dir.resolve("data.ldif");
        Files.writeString(data, ldif, StandardCharsets.UTF_8);
        BoundedCommand.Result added =
            BoundedCommand.run(
                List.of(SLAPADD, "-f", config.toString(), "-l", data.toString()),
                Duration.ofSeconds(30));
        if (added.exitCode() != 0) {
          throw new AssertionError("slapadd failed: " + added.output());
        }
        // slapd -d 0 reports configuration errors only to syslog; slaptest prints them.
        BoundedCommand.Result tested =
            BoundedCommand.run(List.of(SLAPTEST, "-f", config.toString()), Duration.ofSeconds(30));
        if (tested.exitCode() != 0) {
          throw new AssertionError("slaptest rejects " + config + ": " + tested.output());
        }
        int port = freePort();
        int ldapsPort = certificatePem == null ? 0 : freePort();
        String listeners = "ldap://127.0.0.1:" + port + "/";
        if (ldapsPort != 0) {
          listeners += " ldaps://127.0.0.1:" + ldapsPort + "/";
        }
        // -d keeps slapd in the foreground (it never forks), so its PID is the one we stop; "none"
        // still prints errors, such as an unusable TLS key.
        BoundedDaemon daemon =
            BoundedDaemon.start(
                "slapd",
                List.of(SLAPD, "-f", config.toString(), "-h", listeners, "-d", "none"),
                Map.of(),
                null,
                dir.resolve("slapd.log"),
                lifetime);
        daemon.awaitReady(() -> accepts(port), START_TIMEOUT);
        return new Slapd(daemon, port, ldapsPort, suffix, rootPassword);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot prepare slapd in " + dir, e);
      }
    }

    private String config(Path db) {
      StringBuilder conf = new StringBuilder();
      for (String schema : List.of("core", "cosine", "inetorgperson", "nis")) {
        conf.append("include /etc/ldap/schema/").append(schema).append(".schema\n");
      }
      for (Path schema : extraSchemas) {
        conf.append("include ").append(schema.toAbsolutePath()).append('\n');
      }
      conf.append("pidfile ").append(dir.resolve("slapd.pid")).append('\n');
      conf.append("argsfile ").append(dir.resolve("slapd.args")).append('\n');
      conf.append("modulepath /usr/lib/ldap\nmoduleload back_mdb\n");
      if (certificatePem != null && privateKeyPem != null) {
        conf.append("TLSCertificateFile ").append(certificatePem.toAbsolutePath()).append('\n');
        conf.append("TLSCertificateKeyFile ").append(privateKeyPem.toAbsolutePath()).append('\n');
      }
      conf.append("database mdb\nmaxsize 16777216\n");
      conf.append("suffix \"").append(suffix).append("\"\n");
      conf.append("rootdn \"cn=admin,").append(suffix).append("\"\n");
      conf.append("rootpw ").append(rootPassword).append('\n');
      conf.append("directory ").append(db).append('\n');
      for (String directive : directives) {
        conf.append(directive).append('\n');
      }
      for (String directive : access) {
        conf.append("access ").append(directive).append('\n');
      }
      return conf.toString();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }
}
