package org.switchboard.testkit.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link SipSplice} and an impaired {@link MediaRelay} between two user agents on one
 * address until the process is terminated, then writes the relay's packet counts as JSON to {@code
 * --stats}. Prints {@code ready} on standard output once its ports are bound.
 *
 * <pre>
 * java -cp testkit/target/classes org.switchboard.testkit.relay.CallRelayMain \
 *   --address 127.0.0.16 --sip-a 27162 --sip-b 27164 --side-a-sip 27160 --side-b-sip 27166 \
 *   --media-a 27170 --media-b 27172 --loss 5 --delay-ms 20 --jitter-ms 10 --seed 1 \
 *   --stats relay.json
 * </pre>
 */
public final class CallRelayMain {
  private static final Set<String> OPTIONS =
      Set.of(
          "address",
          "sip-a",
          "sip-b",
          "side-a-sip",
          "side-b-sip",
          "media-a",
          "media-b",
          "loss",
          "delay-ms",
          "jitter-ms",
          "seed",
          "stats");

  private CallRelayMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = parse(args);
    InetAddress address = InetAddress.getByName(required(o, "address"));
    Impairment impairment =
        new Impairment(
            Double.parseDouble(o.getOrDefault("loss", "0")),
            Duration.ofMillis(Long.parseLong(o.getOrDefault("delay-ms", "0"))),
            Duration.ofMillis(Long.parseLong(o.getOrDefault("jitter-ms", "0"))),
            Long.parseLong(o.getOrDefault("seed", "1")));
    MediaRelay media = new MediaRelay(address, port(o, "media-a"), port(o, "media-b"), impairment);
    SipSplice sip =
        new SipSplice(
            address,
            port(o, "sip-a"),
            port(o, "sip-b"),
            port(o, "side-a-sip"),
            port(o, "side-b-sip"),
            media);
    Path stats = Path.of(required(o, "stats"));
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  write(stats, media.statsJson());
                  sip.close();
                  media.close();
                },
                "relay-stop"));
    System.out.println("ready");
    System.out.flush();
    forever.await();
  }

  private static void write(Path file, String json) {
    try {
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (!OPTIONS.contains(name) || i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
      }
      options.put(name, args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static int port(Map<String, String> options, String name) {
    return Integer.parseInt(required(options, name));
  }
}
