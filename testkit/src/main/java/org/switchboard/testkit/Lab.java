package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running lab's coordinates: Kamailio, PulseAudio and the baresip peers that {@code lab/lab.sh
 * start} brought up, read from the {@code lab.env} it writes (KEY=VALUE lines).
 *
 * <p>Immutable; safe from any thread. Accessors fail with an {@link IllegalStateException} naming
 * the key when the file lacks it (a lab started by an older script: restart it).
 */
public final class Lab {
  private static final String DEFAULT_DIR = "/tmp/switchboard-lab";

  private final Path source;
  private final Map<String, String> values;

  private Lab(Path source, Map<String, String> values) {
    this.source = source;
    this.values = Map.copyOf(values);
  }

  /**
   * Loads the running lab's coordinates from the file named by the environment variable {@code
   * SB_LAB_ENV}, else from {@code $SB_LAB_DIR/lab.env}, else from {@code
   * /tmp/switchboard-lab/lab.env}.
   *
   * @throws IllegalStateException when the lab is not running, saying how to start it
   */
  public static Lab load() {
    return load(envFile(System.getenv("SB_LAB_ENV"), System.getenv("SB_LAB_DIR")));
  }

  /**
   * Loads the coordinates in {@code envFile}.
   *
   * @throws IllegalStateException when the file does not exist, saying how to start the lab
   * @throws UncheckedIOException when it cannot be read
   */
  public static Lab load(Path envFile) {
    if (!Files.isRegularFile(envFile)) {
      throw new IllegalStateException(
          "The lab is not running: "
              + envFile
              + " does not exist. Start it from the repository root with `lab/lab.sh start`"
              + " (then run the tests again), or run everything as CI does with `bash .ci/run`."
              + " Without the lab, `./mvnw verify -DskipLabTests=true` skips the tests that"
              + " need it.");
    }
    try {
      Map<String, String> values = new HashMap<>();
      for (String line : Files.readAllLines(envFile, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#")) {
          values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
      }
      return new Lab(envFile, values);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + envFile, e);
    }
  }

  static Path envFile(@Nullable String labEnv, @Nullable String labDir) {
    if (labEnv != null && !labEnv.isBlank()) {
      return Path.of(labEnv);
    }
    return Path.of(labDir != null && !labDir.isBlank() ? labDir : DEFAULT_DIR, "lab.env");
  }

  /** The value of {@code key}. */
  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException(
          source + " has no " + key + "; restart the lab with `lab/lab.sh start`");
    }
    return value;
  }

  /** The value of {@code key}, or null when the file does not have it. */
  public @Nullable String find(String key) {
    return values.get(key);
  }

  /** The lab's runtime directory (logs, recordings, sockets). */
  public Path labDir() {
    return Path.of(get("SB_LAB_DIR"));
  }

  /**
   * The loopback address every lab service binds ({@code SB_LAB_IP}, {@code 127.0.0.1} unless the
   * lab was started on another one). Tests bind their own agents here too, so labs on different
   * addresses never share a port.
   */
  public String localAddress() {
    String ip = find("SB_LAB_IP");
    return ip == null || ip.isBlank() ? "127.0.0.1" : ip;
  }

  /** The SIP domain, which is also the digest realm: the lab's address, e.g. {@code 127.0.0.1}. */
  public String sipDomain() {
    return get("SB_SIP_DOMAIN");
  }

  /** The registrar and proxy's address. */
  public String registrarHost() {
    return get("SB_KAMAILIO_HOST");
  }

  /** The registrar and proxy's port, for UDP and TCP alike. */
  public int registrarPort() {
    return Integer.parseInt(get("SB_KAMAILIO_PORT"));
  }

  /** The registrar and proxy's TLS port ({@code sips:}). */
  public int registrarTlsPort() {
    return Integer.parseInt(get("SB_KAMAILIO_TLS_PORT"));
  }

  /** The PEM file of the lab's throwaway certificate authority, which signed Kamailio's. */
  public Path tlsCaFile() {
    return Path.of(get("SB_TLS_CA_FILE"));
  }

  /**
   * The directory of the lab's TLS certificates and keys ({@code <name>.pem}, {@code <name>.key}):
   * {@code server} (Kamailio's), {@code wrong-host}, {@code expired}, {@code untrusted} (signed by
   * {@code other-ca}, which nobody trusts) and {@code cn-only-mismatch}, for tests that serve a bad
   * certificate on purpose.
   */
  public Path tlsDir() {
    return Path.of(get("SB_TLS_DIR"));
  }

  /**
   * The digest password of lab user {@code user} ({@code secret-<user>}). Users 1001 to 1049 and
   * 3001 to 3199 are for Switchboard's tests (give each test its own), 2001 to 2009 for baresip
   * peers.
   */
  public String passwordFor(String user) {
    return String.format(Locale.ROOT, get("SB_USER_PASSWORD_PATTERN"), user);
  }

  /** The value for {@code PULSE_SERVER} ({@code unix:<socket>}). */
  public String pulseServer() {
    return get("PULSE_SERVER");
  }

  /** The null sink whose monitor feeds the default source: play here to speak into the mic. */
  public String microphoneSink() {
    return get("SB_PULSE_MIC_SINK");
  }

  /** The null sink that is the default speaker: record its monitor to hear what was played. */
  public String speakerSink() {
    return get("SB_PULSE_SPEAKER_SINK");
  }

  /** The default source, a remap of the microphone sink's monitor. */
  public String pulseSource() {
    return get("SB_PULSE_SOURCE");
  }

  /** The control socket for {@code kamcmd -s}. */
  public String kamcmdSocket() {
    return get("SB_KAMCMD_SOCKET");
  }

  /** A client for the lab's Kamailio. */
  public KamailioControl kamailio() {
    return new KamailioControl(kamcmdSocket());
  }

  /** Baresip peer a: user 2001, sends a 1000 Hz tone, answers every call. */
  public BaresipPeer peerA() {
    return peer("A");
  }

  /** Baresip peer b: user 2002, sends a 1500 Hz tone, answers every call. */
  public BaresipPeer peerB() {
    return peer("B");
  }

  private BaresipPeer peer(String letter) {
    String prefix = "SB_PEER_" + letter + "_";
    return new BaresipPeer(
        get(prefix + "USER"),
        localAddress(),
        Integer.parseInt(get(prefix + "SIP_PORT")),
        Integer.parseInt(get(prefix + "CTRL_PORT")),
        Double.parseDouble(get(prefix + "TONE_HZ")),
        Path.of(get(prefix + "REC_DIR")));
  }
}
