package org.switchboard.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.switchboard.testkit.BoundedDaemon;
import org.switchboard.testkit.Lab;

/**
 * A baresip of the test's own with media encryption ({@code mediaenc=srtp-mand}, {@code srtp},
 * {@code dtls_srtp}, or none for an empty {@code mediaenc}), registered as a lab user and answering
 * calls by itself. Bounded to 30 s; stopped by PID on close, before Kamailio would be.
 */
final class EncryptingBaresip implements AutoCloseable {
  private final BoundedDaemon daemon;
  private final Lab lab;
  private final String user;

  private EncryptingBaresip(BoundedDaemon daemon, Lab lab, String user) {
    this.daemon = daemon;
    this.lab = lab;
    this.user = user;
  }

  /**
   * Starts baresip as {@code user} on SIP port {@code sipPort} (TLS on +1) with RTP ports {@code
   * rtpPorts}..+99, encrypting media by {@code mediaenc}; returns once Kamailio has its binding.
   */
  static EncryptingBaresip start(Lab lab, String user, int sipPort, int rtpPorts, String mediaenc) {
    lab.kamailio().clearBindings(user);
    Path dir = lab.labDir().resolve("baresip-srtp-" + user);
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("config"), config(lab, sipPort, rtpPorts));
      Files.writeString(
          dir.resolve("accounts"),
          "<sip:"
              + user
              + "@"
              + lab.sipDomain()
              + ">;auth_pass="
              + lab.passwordFor(user)
              + ";answermode=auto;regint=600;audio_codecs=PCMU"
              + (mediaenc.isEmpty() ? "" : ";mediaenc=" + mediaenc)
              + "\n");
      Files.writeString(dir.resolve("contacts"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "baresip-" + user,
            List.of("baresip", "-f", dir.toString(), "-s"),
            Map.of(),
            null,
            dir.resolve("baresip.log"),
            Duration.ofSeconds(30));
    EncryptingBaresip peer = new EncryptingBaresip(daemon, lab, user);
    try {
      lab.kamailio().awaitRegistered(user, Duration.ofSeconds(10));
    } catch (AssertionError e) {
      peer.close();
      throw new AssertionError(e.getMessage() + "; baresip said:\n" + daemon.log(), e);
    }
    return peer;
  }

  private static String config(Lab lab, int sipPort, int rtpPorts) {
    return String.join(
        "\n",
        "poll_method epoll",
        "sip_listen " + lab.localAddress() + ":" + sipPort,
        "net_interface " + lab.localAddress(),
        "rtp_ports " + rtpPorts + "-" + (rtpPorts + 99),
        "audio_player aubridge,nowhere",
        "audio_alert aubridge,nowhere",
        "audio_source ausine,440",
        "ausrc_srate 48000",
        "ausrc_channels 2",
        "module_path /usr/lib/baresip/modules",
        "module g711.so",
        "module ausine.so",
        "module aubridge.so",
        "module srtp.so",
        "module dtls_srtp.so",
        "module_app account.so",
        "");
  }

  /** What baresip logged, SIP messages included. */
  String log() {
    return daemon.log();
  }

  @Override
  public void close() {
    daemon.close();
    lab.kamailio().clearBindings(user);
  }
}
