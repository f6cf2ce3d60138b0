package org.switchboard.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchboard.testkit.BoundedDaemon;
import org.switchboard.testkit.Lab;

/**
 * A DNS server for the tests: dnsmasq in the foreground on the lab's address, with no system
 * configuration, answering only the records given and logging every query. Lives at most 60 s;
 * closing stops it by PID.
 */
final class Dnsmasq implements AutoCloseable {
  private final BoundedDaemon daemon;

  private Dnsmasq(BoundedDaemon daemon) {
    this.daemon = daemon;
  }

  /** Starts dnsmasq on {@code port} with {@code records} (dnsmasq options such as srv-host). */
  static Dnsmasq start(Lab lab, int port, List<String> records) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "dnsmasq",
                "--no-resolv",
                "--no-hosts",
                "--keep-in-foreground",
                "-C",
                "/dev/null",
                "--port=" + port,
                "--listen-address=" + lab.localAddress(),
                "--bind-interfaces",
                "--log-facility=-",
                "--log-queries",
                "--cache-size=0",
                "--pid-file=" + lab.labDir().resolve("dnsmasq-" + port + ".pid"),
                "--user=root"));
    records.forEach(r -> command.add("--" + r));
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "dnsmasq",
            command,
            Map.of(),
            null,
            lab.labDir().resolve("logs").resolve("dnsmasq-" + port + ".log"),
            Duration.ofSeconds(60));
    daemon.awaitReady(() -> daemon.log().contains("started"), Duration.ofSeconds(5));
    return new Dnsmasq(daemon);
  }

  /** dnsmasq's log: one line per query ({@code query[SRV] _sip._udp.lab.test from ...}). */
  String log() {
    return daemon.log();
  }

  @Override
  public void close() {
    daemon.close();
  }
}
