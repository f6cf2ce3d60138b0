package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running lab's coordinates, read from the {@code lab.env} that {@code lab/lab.sh start}
 * writes: the file named by {@code SB_LAB_ENV}, else {@code $SB_LAB_DIR/lab.env}, else {@code
 * /tmp/switchboard-lab/lab.env}.
 */
public final class Lab {
  private final Map<String, String> values;

  private Lab(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Loads the lab's coordinates.
   *
   * @throws IllegalStateException when the lab is not running, saying how to start it
   */
  public static Lab load() {
    Path file = envFile();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "The lab is not running ("
              + file
              + " is missing). Start it with `lab/lab.sh start` from the repository root,"
              + " or run everything with `bash .ci/run`.");
    }
    try {
      Map<String, String> values = new HashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#")) {
          values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
      }
      return new Lab(values);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Path envFile() {
    String explicit = System.getenv("SB_LAB_ENV");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String dir = System.getenv("SB_LAB_DIR");
    return Path.of(dir != null && !dir.isBlank() ? dir : "/tmp/switchboard-lab", "lab.env");
  }

  /** The value of {@code key}; fails naming the key when the lab did not write it. */
  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("lab.env has no " + key + "; restart the lab");
    }
    return value;
  }

  /** The SIP domain and digest realm, {@code 127.0.0.1}. */
  public String sipDomain() {
    return get("SB_SIP_DOMAIN");
  }

  /** The registrar's address. */
  public String registrarHost() {
    return get("SB_KAMAILIO_HOST");
  }

  /** The registrar's port (UDP and TCP). */
  public int registrarPort() {
    return Integer.parseInt(get("SB_KAMAILIO_PORT"));
  }

  /** The digest password of lab user {@code user}. */
  public String passwordFor(String user) {
    return String.format(get("SB_USER_PASSWORD_PATTERN"), user);
  }

  /** The PulseAudio server address for {@code PULSE_SERVER}. */
  public String pulseServer() {
    return get("PULSE_SERVER");
  }

  /** The null sink that feeds the default microphone source. */
  public String microphoneSink() {
    return get("SB_PULSE_MIC_SINK");
  }

  /** The null sink that is the default speaker. */
  public String speakerSink() {
    return get("SB_PULSE_SPEAKER_SINK");
  }

  /** Baresip peer a (user 2001, sends a 1000 Hz tone, auto-answers). */
  public BaresipPeer peerA() {
    return peer("A");
  }

  /** Baresip peer b (user 2002, sends a 1500 Hz tone, auto-answers). */
  public BaresipPeer peerB() {
    return peer("B");
  }

  /** A Kamailio control client for this lab. */
  public KamailioControl kamailio() {
    return new KamailioControl(get("SB_KAMCMD_SOCKET"));
  }

  private BaresipPeer peer(String letter) {
    String prefix = "SB_PEER_" + letter + "_";
    return new BaresipPeer(
        get(prefix + "USER"),
        Integer.parseInt(get(prefix + "SIP_PORT")),
        Integer.parseInt(get(prefix + "CTRL_PORT")),
        Double.parseDouble(get(prefix + "TONE_HZ")),
        Path.of(get(prefix + "REC_DIR")));
  }

  /** The value of {@code key}, or null when absent. */
  public @Nullable String find(String key) {
    return values.get(key);
  }
}
