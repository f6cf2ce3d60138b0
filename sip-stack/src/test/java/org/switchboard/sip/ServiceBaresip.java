package org.switchboard.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.switchboard.testkit.BoundedDaemon;

/**
 * A baresip registered with a service's own registrar (not the lab's Kamailio): its account's
 * {@code outbound} parameter sends the REGISTER to the service, it answers every call at once, and
 * {@code -s} puts every SIP message it sends and receives in its log. Bounded to 2 minutes, stopped
 * by PID.
 */
final class ServiceBaresip implements AutoCloseable {
  private final BoundedDaemon daemon;

  private ServiceBaresip(BoundedDaemon daemon) {
    this.daemon = daemon;
  }

  /**
   * Starts one as {@code user} (password {@link ServiceRig#passwordFor}) on SIP port {@code port}
   * (RTP on the 20 ports from {@code port + 6}), registering at {@code ip:servicePort}.
   */
  static ServiceBaresip start(Path dir, String ip, int port, String user, int servicePort) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("config"), config(ip, port));
      Files.writeString(
          dir.resolve("accounts"),
          "<sip:"
              + user
              + "@"
              + ServiceRig.DOMAIN
              + ";transport=udp>;auth_pass="
              + ServiceRig.passwordFor(user)
              + ";outbound=\"sip:"
              + ip
              + ":"
              + servicePort
              + ";transport=udp\";answermode=auto;regint=600;audio_codecs=PCMU\n");
      Files.writeString(dir.resolve("contacts"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ServiceBaresip(
        BoundedDaemon.start(
            "baresip-" + user,
            List.of("baresip", "-s", "-f", dir.toString()),
            Map.of(),
            null,
            dir.resolve("baresip.log"),
            Duration.ofMinutes(2)));
  }

  private static String config(String ip, int port) {
    return String.join(
        "\n",
        "poll_method epoll",
        "sip_listen " + ip + ":" + port,
        "net_interface " + ip,
        "rtp_ports " + (port + 6) + "-" + (port + 25),
        "audio_player aubridge,nowhere-" + port,
        "audio_alert aubridge,nowhere-" + port,
        "audio_source ausine,440",
        "ausrc_srate 48000",
        "ausrc_channels 2",
        "module_path /usr/lib/baresip/modules",
        "module g711.so",
        "module ausine.so",
        "module aubridge.so",
        "module_app account.so",
        "module_app menu.so",
        "");
  }

  /** Waits for {@code ready}, failing with baresip's log when it does not come. */
  void awaitReady(java.util.function.BooleanSupplier ready, Duration bound) {
    daemon.awaitReady(ready, bound);
  }

  /** Its log so far, with its SIP trace. */
  String log() {
    return daemon.log();
  }

  @Override
  public void close() {
    daemon.close();
  }
}
