package org.switchboard.keychain;

import java.nio.file.Path;

/**
 * Where the tests' private session bus listens. Under Maven, the socket named by {@code
 * DBUS_SESSION_BUS_ADDRESS} (set in keychain/pom.xml), which is how the app finds a real session's
 * bus. Run elsewhere (an IDE), a socket in the test's directory, announced to the D-Bus client
 * through the system property of the same name, which it reads first.
 */
final class TestBus {
  private static final String VARIABLE = "DBUS_SESSION_BUS_ADDRESS";
  private static final String UNIX_PATH = "unix:path=";

  private TestBus() {}

  static Path socket(Path testDir) {
    String address = System.getenv(VARIABLE);
    if (address != null && address.startsWith(UNIX_PATH) && address.contains("secret-service")) {
      return Path.of(address.substring(UNIX_PATH.length()));
    }
    Path socket = testDir.resolve("bus");
    System.setProperty(VARIABLE, UNIX_PATH + socket);
    return socket;
  }
}
