package org.switchboard.sip;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/** Runs this module's sipp scenarios (in {@code src/test/resources/sipp}) on the lab's address. */
final class SippScenarios {
  private static final Duration LIFETIME = Duration.ofSeconds(30);

  private SippScenarios() {}

  static Path scenario(String name) {
    URL url = SippScenarios.class.getResource("/sipp/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no sipp scenario " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** sipp waiting for one call ({@code calls} calls) of {@code name} on {@code port}. */
  static Sipp server(Lab lab, String name, int port, int calls, String... extra) {
    return Sipp.server(
        scenario(name),
        lab.localAddress(),
        port,
        calls,
        lab.labDir().resolve("sipp"),
        LIFETIME,
        withMediaPort(port, extra));
  }

  /** sipp calling {@code service} at {@code remotePort} on the lab's address once. */
  static Sipp client(
      Lab lab, String name, int port, int remotePort, String service, String... extra) {
    String[] args = new String[extra.length + 2];
    args[0] = "-s";
    args[1] = service;
    System.arraycopy(extra, 0, args, 2, extra.length);
    return Sipp.client(
        scenario(name),
        lab.localAddress(),
        port,
        lab.localAddress() + ":" + remotePort,
        1,
        lab.labDir().resolve("sipp"),
        LIFETIME,
        withMediaPort(port, args));
  }

  /** sipp's RTP port: the SIP port + 1, inside the test's port range. */
  private static String[] withMediaPort(int port, String... extra) {
    String[] args = new String[extra.length + 2];
    args[0] = "-mp";
    args[1] = Integer.toString(port + 1);
    System.arraycopy(extra, 0, args, 2, extra.length);
    return args;
  }

  /** The SIP URI that reaches sipp on {@code port} through the lab's proxy. */
  static String uri(Lab lab, int port) {
    return "sip:sipp@" + lab.localAddress() + ":" + port;
  }
}
