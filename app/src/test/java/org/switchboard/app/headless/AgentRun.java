package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of {@link HeadlessAgent} with given arguments and standard input, captured. */
record AgentRun(int exitCode, String stdout, String stderr) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String VALID_CONFIG =
      """
      {
        "account": {
          "user": "1001", "domain": "127.0.0.1", "displayName": "Agent 1001",
          "password": "s3cret-pw",
          "registrar": { "host": "127.0.0.1", "port": 5060 },
          "transport": "udp", "registerExpiry": 300
        },
        "sip": { "listenAddress": "127.0.0.1", "port": 16000, "transport": "udp" },
        "media": { "address": "127.0.0.1", "rtpPortMin": 30000, "rtpPortMax": 30099,
                   "source": "silence", "sink": "discard" }
      }
      """;

  static Path writeConfig(Path dir, String json) {
    try {
      return Files.writeString(dir.resolve("agent.json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AgentRun run(TelephonyStarter starter, String stdin, String... args) {
    return run(starter, Duration.ofSeconds(5), stdin, Map.of(), args);
  }

  static AgentRun run(
      TelephonyStarter starter,
      Duration registerTimeout,
      String stdin,
      Map<String, String> env,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new HeadlessAgent(starter, level -> {}, registerTimeout, Duration.ofSeconds(2))
            .run(
                List.of(args),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
    return new AgentRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<JsonNode> events() {
    List<JsonNode> events = new ArrayList<>();
    for (String line : stdout.split("\n")) {
      if (!line.isBlank()) {
        try {
          events.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new AssertionError("stdout line is not JSON: " + line, e);
        }
      }
    }
    return events;
  }

  List<String> eventNames() {
    return events().stream().map(e -> e.path("event").asText()).toList();
  }
}
