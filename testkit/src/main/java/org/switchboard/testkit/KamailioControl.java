package org.switchboard.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the lab's Kamailio about registrations through {@code kamcmd} and its control socket, so a
 * test can check "user 1001 is registered" against the real registrar, or start from no bindings.
 *
 * <p>Every call runs one {@code kamcmd} bounded by {@link #TIMEOUT} and fails with an {@link
 * AssertionError} naming the command when it overruns or cannot reach Kamailio. Stateless apart
 * from the socket address; safe from any thread.
 */
public final class KamailioControl {
  /** The bound on each {@code kamcmd} call. */
  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static final String AOR_NOT_FOUND = "AOR not found";

  private final String socket;

  /**
   * A client for the control socket {@code socket} ({@code unix:/path}, as {@code kamcmd -s} takes
   * it; {@link Lab#kamailio()} knows the lab's).
   */
  public KamailioControl(String socket) {
    this.socket = socket;
  }

  /** The contact URIs registered for {@code user} (e.g. {@code "1001"}); empty when none. */
  public List<String> contactsOf(String user) {
    String output = kamcmd("ul.lookup", "location", "s:" + user);
    if (output.contains(AOR_NOT_FOUND)) {
      return List.of();
    }
    return contactsIn(output);
  }

  /** Whether {@code user} has at least one binding now. */
  public boolean isRegistered(String user) {
    return !contactsOf(user).isEmpty();
  }

  /**
   * Waits until {@code user} has a binding, polling every 100 ms.
   *
   * @return its contacts
   * @throws AssertionError when it has none after {@code timeout}
   */
  public List<String> awaitRegistered(String user, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> contacts = contactsOf(user);
      if (!contacts.isEmpty()) {
        return contacts;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(user + " did not register with Kamailio within " + timeout);
      }
      sleep(100);
    }
  }

  /**
   * Removes every binding of {@code user}, so a test starts from none (a stale binding makes
   * Kamailio fork a call to it too). Quietly does nothing when it has none.
   */
  public void clearBindings(String user) {
    kamcmd("ul.rm", "location", "s:" + user);
  }

  /** Kamailio's whole location table, as {@code kamcmd ul.dump} prints it (for diagnostics). */
  public String dump() {
    return kamcmd("ul.dump");
  }

  /** The {@code Address:} values in {@code ul.lookup} or {@code ul.dump} output. */
  static List<String> contactsIn(String output) {
    List<String> contacts = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("Address:")) {
        contacts.add(trimmed.substring("Address:".length()).trim());
      }
    }
    return contacts;
  }

  private String kamcmd(String... args) {
    List<String> command = new ArrayList<>(List.of("kamcmd", "-s", socket));
    command.addAll(List.of(args));
    BoundedCommand.Result result = BoundedCommand.run(command, TIMEOUT);
    // kamcmd exits 0 on RPC errors such as "500 - AOR not found"; it fails when unreachable.
    if (result.exitCode() != 0) {
      throw new AssertionError(
          "kamcmd "
              + String.join(" ", args)
              + " failed ("
              + result.exitCode()
              + "): "
              + result.output().strip()
              + "; is the lab running? (lab/lab.sh status)");
    }
    return result.output();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
