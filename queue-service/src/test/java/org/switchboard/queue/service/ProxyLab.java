package org.switchboard.queue.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.PrivateBaresip;

/**
 * The proxy-mode lab: the sample centre on the lab's address (SIP 16790, RTP 42700-42799) reaching
 * agents through the lab's Kamailio as user 3190; alice is lab user 3101 there (SIP 16792, RTP
 * 42800-42849, a 1000 Hz tone), the outside party lab user 3140 (SIP 16796, RTP 42900-42949, 1500
 * Hz), bob lab user 1002 (SIP 16794, RTP 42850-42899, 1500 Hz), the baresip customer lab user 3130
 * (ports from 29630, 440 Hz) calling the service directly.
 */
final class ProxyLab {
  static final int SIP_PORT = 16790;
  static final String SERVICE_USER = "3190";
  static final String ALICE_AOR_USER = "3101";
  static final String OUTSIDE_USER = "3140";

  final Lab lab = Lab.load();
  final String address = lab.localAddress();
  private final Path dir;

  ProxyLab(Path dir) {
    this.dir = dir;
  }

  /** The sample in proxy mode on this lab's ports. */
  Path config() throws IOException {
    return config(lab.passwordFor(SERVICE_USER));
  }

  /**
   * The sample in proxy mode, the service answering Kamailio's challenges with {@code password}.
   */
  Path config(String password) throws IOException {
    String proxy =
        "port: "
            + SIP_PORT
            + "\n    proxy:\n      uri: sip:"
            + lab.registrarHost()
            + ":"
            + lab.registrarPort()
            + "\n      user: \""
            + SERVICE_USER
            + "\"\n      password: "
            + password
            + "\n";
    String text =
        Files.readString(Path.of("config", "sample.yaml"))
            .replace("address: 127.0.0.1", "address: " + address)
            .replace("port: 8070", "port: 0")
            .replace("port: 5070", proxy)
            .replace("rtpPortMin: 30000", "rtpPortMin: 42700")
            .replace("rtpPortMax: 31999", "rtpPortMax: 42799")
            .replace(
                "extension: \"1001\"",
                "extension: \"1001\"\n    sipAddress: \"sip:"
                    + ALICE_AOR_USER
                    + "@"
                    + lab.sipDomain()
                    + "\"");
    return Files.writeString(dir.resolve("centre.yaml"), text);
  }

  /** Alice's phone, registered at the lab's Kamailio only. */
  AgentPhone alicePhone() throws Exception {
    return atKamailio(ALICE_AOR_USER, 16792, 42800, 1000, "a-{call}.wav");
  }

  /** Bob's phone at Kamailio as his extension 1002 (his default address there), 1500 Hz. */
  AgentPhone bobPhone() throws Exception {
    return atKamailio("1002", 16794, 42850, 1500, "b-{call}.wav");
  }

  /** The outside party's phone, registered at the lab's Kamailio. */
  AgentPhone outsidePhone() throws Exception {
    return atKamailio(OUTSIDE_USER, 16796, 42900, 1500, "o-{call}.wav");
  }

  private AgentPhone atKamailio(String user, int sipPort, int rtpMin, int toneHz, String file)
      throws Exception {
    lab.kamailio().clearBindings(user);
    return new AgentPhone(
        address,
        lab.registrarPort(),
        user,
        lab.passwordFor(user),
        sipPort,
        rtpMin,
        toneHz,
        dir.resolve(file));
  }

  /** The customer: baresip sending 440 Hz. */
  PrivateBaresip customer() throws IOException {
    return PrivateBaresip.start(
        lab, Files.createDirectories(dir.resolve("customer")), "3130", "PCMU", 440, "", 29630);
  }
}
