package org.switchboard.app.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.switchboard.testkit.Lab;

/** Writes a headless-agent config file for a lab user. */
final class LabAgentConfig {
  private LabAgentConfig() {}

  /**
   * Writes {@code dir/<user>.json} for {@code user} with {@code password}, registering at the lab's
   * Kamailio on {@code registrarPort}, listening for SIP on {@code sipPort} and using RTP ports
   * from {@code rtpMin} (100 ports).
   */
  static Path write(
      Path dir, Lab lab, String user, String password, int registrarPort, int sipPort, int rtpMin) {
    return write(dir, lab, user, password, registrarPort, sipPort, rtpMin, "udp", "optional");
  }

  /**
   * Like {@link #write(Path, Lab, String, String, int, int, int)}, signalling over {@code
   * transport} (for tls, trusting the lab's CA) with media encryption {@code srtpPolicy}.
   */
  static Path write(
      Path dir,
      Lab lab,
      String user,
      String password,
      int registrarPort,
      int sipPort,
      int rtpMin,
      String transport,
      String srtpPolicy) {
    String json =
        """
        {
          "account": {
            "user": "%s",
            "domain": "%s",
            "displayName": "Switchboard test %s",
            "password": "%s",
            "registrar": { "host": "%s", "port": %d },
            "transport": "%s",
            "registerExpiry": 300,
            "options": { "srtpPolicy": "%s", "tlsTrustFile": "%s" }
          },
          "sip": { "listenAddress": "127.0.0.1", "port": %d, "transport": "%s" },
          "media": { "address": "127.0.0.1", "rtpPortMin": %d, "rtpPortMax": %d,
                     "source": "silence", "sink": "discard" }
        }
        """
            .formatted(
                user,
                lab.sipDomain(),
                user,
                password,
                lab.registrarHost(),
                registrarPort,
                transport,
                srtpPolicy,
                "tls".equals(transport) ? lab.tlsCaFile().toString() : "",
                sipPort,
                transport,
                rtpMin,
                rtpMin + 99);
    Path file = dir.resolve(user + "-" + sipPort + ".json");
    try {
      Files.writeString(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
