package org.switchboard.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchboard.testkit.BoundedCommand;
import org.switchboard.testkit.BoundedDaemon;
import org.switchboard.testkit.KamailioControl;
import org.switchboard.testkit.Lab;

/**
 * A Kamailio of its own for one test, made from the lab's {@code lab/kamailio/kamailio.cfg} with
 * these changes: it listens on UDP {@code lab.localAddress():port} only (no TCP or TLS), its digest
 * algorithm is the one asked (auth module {@code algorithm}: Kamailio 5.6 knows MD5 and SHA-256
 * only), it computes HA1 from plain-text passwords in its own db_text subscriber rows ({@code
 * calculate_ha1}), it checks that the nonce count grows ({@code nonce_count}), and it logs one
 * {@code AUTHOK} line per accepted request with the algorithm, qop and nc the client used (never
 * the response). Stopped by PID.
 */
final class PrivateKamailio implements AutoCloseable {
  private final BoundedDaemon daemon;
  private final Path log;
  private final KamailioControl control;

  private PrivateKamailio(BoundedDaemon daemon, Path log, KamailioControl control) {
    this.daemon = daemon;
    this.log = log;
    this.control = control;
  }

  /**
   * Starts Kamailio on {@code port} with {@code algorithm} ("MD5" or "SHA-256") for {@code users}
   * (their lab passwords).
   */
  static PrivateKamailio start(Lab lab, int port, String algorithm, List<String> users) {
    return start(lab, port, algorithm, users, 3600);
  }

  /**
   * Like {@link #start(Lab, int, String, List)}, granting bindings at most {@code maxExpires} s.
   */
  static PrivateKamailio start(
      Lab lab, int port, String algorithm, List<String> users, int maxExpires) {
    return start(lab, port, algorithm, users, maxExpires, 300);
  }

  /** Like {@link #start(Lab, int, String, List, int)}, nonces valid for {@code nonceExpire} s. */
  static PrivateKamailio start(
      Lab lab, int port, String algorithm, List<String> users, int maxExpires, int nonceExpire) {
    Path dir = lab.labDir().resolve("private-kamailio-" + port);
    try {
      Files.createDirectories(dir.resolve("db"));
      Files.writeString(
          dir.resolve("kamailio.cfg"), config(lab, port, algorithm, dir, maxExpires, nonceExpire));
      Files.writeString(
          dir.resolve("db/version"), "table_name(string) table_version(int)\nsubscriber:7\n");
      StringBuilder rows =
          new StringBuilder("id(int,auto) username(string) domain(string) password(string)\n");
      for (int i = 0; i < users.size(); i++) {
        String user = users.get(i);
        rows.append(i + 1)
            .append(':')
            .append(user)
            .append(':')
            .append(lab.sipDomain())
            .append(':')
            .append(lab.passwordFor(user))
            .append('\n');
      }
      Files.writeString(dir.resolve("db/subscriber"), rows.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path log = dir.resolve("kamailio.log");
    String socket = "unix:" + dir.resolve("kamailio_ctl");
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "kamailio-" + port,
            List.of(
                "kamailio",
                "-f",
                dir.resolve("kamailio.cfg").toString(),
                "-DD",
                "-E",
                "-m",
                "32",
                "-M",
                "8",
                "-Y",
                dir.toString(),
                "-P",
                dir.resolve("kamailio.pid").toString(),
                "-w",
                dir.toString()),
            Map.of(),
            null,
            log,
            Duration.ofMinutes(2));
    daemon.awaitReady(
        () ->
            BoundedCommand.run(
                        List.of("kamcmd", "-s", socket, "core.version"), Duration.ofSeconds(2))
                    .exitCode()
                == 0,
        Duration.ofSeconds(5));
    return new PrivateKamailio(daemon, log, new KamailioControl(socket));
  }

  private static String config(
      Lab lab, int port, String algorithm, Path dir, int maxExpires, int nonceExpire)
      throws IOException {
    Path template = Path.of("../lab/kamailio/kamailio.cfg").toAbsolutePath().normalize();
    String cfg =
        Files.readString(template)
            // No TLS: the lab's own Kamailio holds port 5061 and the certificates.
            .replace("enable_tls=yes", "enable_tls=no")
            .replace("listen=tls:@IP@:5061\n", "")
            .replace("loadmodule \"tls.so\"\n", "")
            .replace("modparam(\"tls\", \"config\", \"@RUNDIR@/tls.cfg\")\n", "")
            .replace("@RUNDIR@", dir.toString())
            .replace("listen=udp:@IP@:5060", "listen=udp:@IP@:" + port)
            .replace("listen=tcp:@IP@:5060\n", "")
            .replace("@IP@", lab.localAddress())
            .replace(
                "modparam(\"auth_db\", \"calculate_ha1\", 0)",
                "modparam(\"auth_db\", \"calculate_ha1\", 1)")
            .replace(
                "modparam(\"auth_db\", \"password_column\", \"ha1\")",
                "modparam(\"auth_db\", \"password_column\", \"password\")")
            .replace("modparam(\"auth_db\", \"password_column_2\", \"ha1b\")\n", "")
            .replace(
                "modparam(\"auth\", \"nonce_expire\", 300)",
                "modparam(\"auth\", \"nonce_expire\", "
                    + nonceExpire
                    + ")\n"
                    + "modparam(\"auth\", \"nonce_count\", 1)\n"
                    + "modparam(\"auth\", \"algorithm\", \""
                    + algorithm
                    + "\")")
            .replace(
                "modparam(\"registrar\", \"min_expires\", 10)",
                "modparam(\"registrar\", \"min_expires\", 1)")
            .replace(
                "modparam(\"registrar\", \"max_expires\", 3600)",
                "modparam(\"registrar\", \"max_expires\", " + maxExpires + ")")
            .replace(
                "\tif ($var(rc) < 0) {\n\t\tauth_challenge",
                "\tif ($var(rc) < 0) {\n\t\txlog(\"L_NOTICE\", \"CHALLENGE $rm $fU rc=$var(rc)\\n\");"
                    + "\n\t\tauth_challenge")
            .replace("\tconsume_credentials();", "\troute(AUTHOK);\n\tconsume_credentials();");
    return cfg
        + "\nroute[AUTHOK] {\n"
        + "\txlog(\"L_NOTICE\", \"AUTHOK $rm $fU"
        + " alg=$(hdr(Authorization){re.subst,/.*algorithm=([A-Za-z0-9-]+).*/\\1/})"
        + " qop=$(hdr(Authorization){re.subst,/.*qop=([a-z-]+).*/\\1/})"
        + " nc=$(hdr(Authorization){re.subst,/.*nc=([0-9a-f]+).*/\\1/})\\n\");\n"
        + "}\n";
  }

  /** Its registrar's control (bindings). */
  KamailioControl control() {
    return control;
  }

  /** The {@code AUTHOK ...} lines logged so far, one per accepted request. */
  List<String> acceptedCredentials() {
    return linesStarting("AUTHOK ");
  }

  /**
   * The {@code CHALLENGE <method> <user> rc=<auth_check code>} lines logged so far, one per
   * challenge sent: rc -5 no credentials, -4 an expired nonce (challenged with stale=true).
   */
  List<String> challenges() {
    return linesStarting("CHALLENGE ");
  }

  private List<String> linesStarting(String marker) {
    List<String> lines = new ArrayList<>();
    for (String line : daemon.log().split("\n", -1)) {
      int at = line.indexOf(marker);
      if (at >= 0) {
        lines.add(line.substring(at).trim());
      }
    }
    return lines;
  }

  /** Its whole log, for assertion messages. */
  String log() {
    return daemon.log() + " (" + log + ")";
  }

  @Override
  public void close() {
    daemon.close();
  }
}
