package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A baresip of a test's own, registered with the lab's Kamailio as {@code user}: answers every call
 * at once with only {@code codec}, sends a sine of {@code toneHz} and records each call (what it
 * heard in {@code dump-*-dec.wav}), like the lab's peers but with the codec and, optionally, the
 * media encryption a test needs. Bounded in time and stopped by PID on {@link #close}.
 */
public final class PrivateBaresip implements AutoCloseable {
  private static final Duration LIFETIME = Duration.ofMinutes(3);

  private final BoundedDaemon daemon;
  private final BaresipPeer peer;

  private PrivateBaresip(BoundedDaemon daemon, BaresipPeer peer) {
    this.daemon = daemon;
    this.peer = peer;
  }

  /**
   * Starts one and waits until it is registered.
   *
   * @param codec baresip's codec name, e.g. {@code PCMU}, {@code PCMA}, {@code G722}, {@code opus}
   * @param mediaEncryption baresip's {@code mediaenc} value ({@code srtp}, {@code srtp-mand},
   *     {@code dtls_srtp}) or empty for none
   * @param firstPort its SIP port; its control port is {@code firstPort + 2}, its RTP ports the 100
   *     from {@code firstPort + 10}
   */
  public static PrivateBaresip start(
      Lab lab,
      Path dir,
      String user,
      String codec,
      double toneHz,
      String mediaEncryption,
      int firstPort) {
    String ip = lab.localAddress();
    Path rec = dir.resolve("rec");
    try {
      Files.createDirectories(rec);
      Files.writeString(dir.resolve("config"), config(ip, firstPort, toneHz, rec));
      Files.writeString(dir.resolve("accounts"), account(lab, user, codec, mediaEncryption) + "\n");
      Files.writeString(dir.resolve("contacts"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lab.kamailio().clearBindings(user);
    BoundedDaemon daemon =
        BoundedDaemon.start(
            "baresip-" + user,
            List.of("baresip", "-f", dir.toString()),
            Map.of(),
            null,
            dir.resolve("baresip.log"),
            LIFETIME);
    BaresipPeer peer = new BaresipPeer(user, ip, firstPort, firstPort + 2, toneHz, rec);
    PrivateBaresip started = new PrivateBaresip(daemon, peer);
    try {
      daemon.awaitReady(() -> listening(ip, firstPort + 2), Duration.ofSeconds(10));
      daemon.awaitReady(() -> !lab.kamailio().contactsOf(user).isEmpty(), Duration.ofSeconds(15));
    } catch (AssertionError | RuntimeException e) {
      started.close();
      throw e;
    }
    return started;
  }

  private static String config(String ip, int port, double toneHz, Path rec) {
    return String.join(
        "\n",
        "poll_method epoll",
        "sip_listen " + ip + ":" + port,
        "net_interface " + ip,
        "rtp_ports " + (port + 10) + "-" + (port + 109),
        "rtcp_mux yes",
        "audio_player aubridge,nowhere-" + port,
        "audio_alert aubridge,nowhere-" + port,
        "audio_source ausine," + (int) toneHz,
        "ausrc_srate 48000",
        "ausrc_channels 2",
        "module_path /usr/lib/baresip/modules",
        "module g711.so",
        "module g722.so",
        "module opus.so",
        "module ausine.so",
        "module aubridge.so",
        "module sndfile.so",
        "module srtp.so",
        "module dtls_srtp.so",
        "snd_path " + rec,
        "module_app account.so",
        "module_app menu.so",
        "module_app ctrl_tcp.so",
        "ctrl_tcp_listen " + ip + ":" + (port + 2),
        "");
  }

  private static String account(Lab lab, String user, String codec, String mediaEncryption) {
    return "<sip:"
        + user
        + "@"
        + lab.sipDomain()
        + ";transport=udp>;auth_pass="
        + lab.passwordFor(user)
        + ";answermode=auto;regint=600;audio_codecs="
        + codec
        + (mediaEncryption.isEmpty() ? "" : ";mediaenc=" + mediaEncryption);
  }

  private static boolean listening(String ip, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(ip, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The peer, for its control connection and recordings. */
  public BaresipPeer peer() {
    return peer;
  }

  /** baresip's own PID. */
  public long pid() {
    return daemon.pid();
  }

  /** Its log so far (for assertion messages). */
  public String log() {
    return daemon.log();
  }

  /** Stops it by PID. Idempotent. */
  @Override
  public void close() {
    daemon.close();
  }
}
