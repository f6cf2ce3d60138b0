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
    String json =
        """
        {
          "account": {
            "user": "%s",
            "domain": "%s",
            "displayName": "Switchboard test %s",
            "password": "%s",
            "registrar": { "host": "%s", "port": %d },
            "transport": "udp",
            "registerExpiry": 300
          },
          "sip": { "listenAddress": "127.0.0.1", "port": %d, "transport": "udp" },
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
                sipPort,
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
