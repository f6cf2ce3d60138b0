package org.switchboard.queue.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.switchboard.queue.service.api.PasswordHashes;
import org.switchboard.queue.service.config.ConfigException;

/**
 * The queue service's command line.
 *
 * <pre>
 *   queue-service [--config FILE]   runs the service (default: queue-service/config/sample.yaml)
 *   queue-service hash-password     reads a password from standard input, prints its hash
 * </pre>
 *
 * Exit codes: 0 stopped normally, 2 bad usage, 3 invalid configuration, 1 anything else.
 */
public final class QueueServiceMain {
  static final Path DEFAULT_CONFIG = Path.of("queue-service", "config", "sample.yaml");

  private QueueServiceMain() {}

  public static void main(String[] args) throws InterruptedException {
    // Before anything logs: the service's own Logback file (not logback.xml, which the desktop
    // uses), unless the operator named another.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "queue-service-logback.xml");
    }
    int code = run(args, System.in, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err)
      throws InterruptedException {
    if (args.length == 1 && args[0].equals("hash-password")) {
      return hashPassword(in, out, err);
    }
    Path config;
    if (args.length == 0) {
      config = DEFAULT_CONFIG;
    } else if (args.length == 2 && args[0].equals("--config")) {
      config = Path.of(args[1]);
    } else {
      err.println("usage: queue-service [--config FILE] | queue-service hash-password");
      return 2;
    }
    if (!Files.isRegularFile(config)) {
      err.println("queue-service: no configuration file " + config.toAbsolutePath());
      return 3;
    }
    QueueService service;
    try {
      service = QueueService.start(config, Clock.systemDefaultZone());
    } catch (ConfigException e) {
      err.println("queue-service: the configuration is invalid:");
      err.println(e.getMessage());
      return 3;
    } catch (RuntimeException e) {
      err.println("queue-service: could not start: " + e.getMessage());
      return 1;
    }
    out.println(
        "queue-service: API on "
            + service.apiAddress()
            + ", SIP on port "
            + service.sipPort()
            + "; Ctrl-C stops it");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "queue-service-stop"));
    stopped.await();
    return 0;
  }

  private static int hashPassword(java.io.InputStream in, PrintStream out, PrintStream err) {
    char[] password;
    java.io.Console console = System.console();
    if (console != null) {
      password = console.readPassword("password: ");
    } else {
      try {
        String line =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        password = line == null ? new char[0] : line.toCharArray();
      } catch (IOException e) {
        err.println("queue-service: cannot read the password: " + e.getMessage());
        return 1;
      }
    }
    if (password == null || password.length < 8) {
      err.println("queue-service: a password needs at least 8 characters");
      return 2;
    }
    out.println(PasswordHashes.hash(password));
    java.util.Arrays.fill(password, ' ');
    return 0;
  }
}
