package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Asks the lab's Kamailio about registrations through {@code kamcmd}, each call time-bounded. */
public final class KamailioControl {
  private final String socket;

  KamailioControl(String socket) {
    this.socket = socket;
  }

  /** The contact addresses registered for {@code user}; empty when it has none. */
  public List<String> contactsOf(String user) {
    List<String> contacts = new ArrayList<>();
    for (String line : kamcmd("ul.lookup", "location", "s:" + user).split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("Address:")) {
        contacts.add(trimmed.substring("Address:".length()).trim());
      }
    }
    return contacts;
  }

  /** Removes every binding of {@code user}, so a test starts from none. */
  public void clearBindings(String user) {
    kamcmd("ul.rm", "location", "s:" + user);
  }

  private String kamcmd(String... args) {
    List<String> command = new ArrayList<>(List.of("kamcmd", "-s", socket));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          throw new AssertionError("kamcmd " + String.join(" ", args) + " took over 5 s");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } finally {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run kamcmd", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
