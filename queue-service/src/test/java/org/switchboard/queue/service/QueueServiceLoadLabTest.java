package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.CentreListener;
import org.switchboard.queue.service.centre.RoutingState;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.StoreSettings;
import org.switchboard.testkit.BoundedCommand;
import org.switchboard.testkit.Sipp;

/**
 * Many more customers than agents, all over real SIP: a sipp client dials the entry number 20 times
 * a second (each customer streams G.711 and hangs up two seconds after an agent answers), a sipp
 * server answers for every agent's phone (each extension registered at the service's registrar by
 * {@code bench/queue_agents.py}, which also signs the agents in and sets them ready), and the
 * agents go through a one-second timed wrap-up between calls. No agent may ever be booked twice;
 * this is checked three ways: at the phones (no INVITE reaches an extension already in a call), in
 * the centre's events as they happen (no offer to an agent who is busy with another interaction),
 * and in the store afterwards (no agent's answered calls overlap).
 */
@Tag("lab")
@Timeout(300)
class QueueServiceLoadLabTest {
  private static final String ADDRESS = "127.0.0.1";
  private static final int SIP_PORT = 16830;
  private static final int HTTP_PORT = 16831;
  private static final int AGENTS_SIP = 16832;
  private static final int REGISTER_PORT = 16833;
  private static final int CUSTOMERS_SIP = 16834;
  private static final int AGENTS = 12;
  private static final int CALLS = 120;
  private static final Path BENCH = Path.of("..", "bench").toAbsolutePath().normalize();

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path dir;

  @Test
  void noAgentIsEverBookedTwiceWhileCustomersOutnumberThem() throws Exception {
    Path config = centre();
    BookingWatch watch = new BookingWatch();
    Path store;
    SipAgentsLog atThePhones;
    try (QueueService service = QueueService.start(config, Clock.systemUTC())) {
      service.onCentre(
          () -> {
            service.centre().addListener(watch);
            return null;
          });
      try (Sipp phones =
          Sipp.server(
              BENCH.resolve("sipp/queue-agents-uas.xml"),
              ADDRESS,
              AGENTS_SIP,
              CALLS,
              dir.resolve("phones"),
              Duration.ofMinutes(3),
              "-mi",
              ADDRESS,
              "-mp",
              "43500",
              "-rtp_echo",
              "-t",
              "u1")) {
        makeAgentsReady();
        try (Sipp customers =
            Sipp.client(
                customerScenario(),
                ADDRESS,
                CUSTOMERS_SIP,
                ADDRESS + ":" + SIP_PORT,
                CALLS,
                dir,
                Duration.ofMinutes(3),
                "-s",
                "100",
                "-r",
                "20",
                "-d",
                "4000",
                "-mi",
                ADDRESS,
                "-mp",
                "43600",
                "-t",
                "u1",
                "-recv_timeout",
                "60000")) {
          int exit = customers.awaitExit(Duration.ofMinutes(3));
          assertThat(exit)
              .as(
                  "every customer reached an agent; sipp said:%n%s%n%s",
                  customers.output(), customers.errors())
              .isZero();
        }
        atThePhones = SipAgentsLog.read(phones.messages());
        assertThat(watch.violations()).as("offers to a busy agent").isEmpty();
        assertThat(watch.offers()).isGreaterThanOrEqualTo(atThePhones.invites());
        assertThat(atThePhones.doubleBookings())
            .as("calls to a phone already in a call; offers: %s", watch.log())
            .isEmpty();
        // Every agent is rung, and the phones together take many calls each; how they spread is
        // longest-idle's, which under this load may leave one agent with a single call.
        assertThat(atThePhones.callsPerExtension())
            .as("every agent took calls")
            .hasSize(AGENTS)
            .allSatisfy((extension, calls) -> assertThat(calls).isPositive());
        assertThat(atThePhones.invites())
            .as("several calls an agent on average")
            .isGreaterThanOrEqualTo(2 * AGENTS);
      }
      store = dir.resolve("store");
    }
    try (Database database = Database.open(StoreSettings.embedded(store))) {
      int answered = assertNoOverlapPerAgent(database);
      // A phone may answer a call whose customer gave up while it rang: not answered in the store.
      assertThat(answered)
          .as("calls answered in the store, against INVITEs at the phones")
          .isBetween(CALLS / 3, atThePhones.invites());
    }
  }

  /** The bench's centre (one queue, longest idle), with a one-second timed wrap-up. */
  private Path centre() throws Exception {
    Path prompts = Files.createDirectories(dir.resolve("prompts/en"));
    for (String prompt : List.of("welcome", "language-menu")) {
      writeWav(prompts.resolve(prompt + ".wav"), new byte[320], AudioFormat.Encoding.PCM_SIGNED);
    }
    byte[] noise = new byte[8000 * 2 * 5];
    new java.util.Random(7).nextBytes(noise);
    writeWav(dir.resolve("customer-ulaw.wav"), noise, AudioFormat.Encoding.ULAW);
    Path config = dir.resolve("centre.yaml");
    python(
        "config",
        config.toString(),
        "--agents",
        Integer.toString(AGENTS),
        "--address",
        ADDRESS,
        "--sip-port",
        Integer.toString(SIP_PORT),
        "--http-port",
        Integer.toString(HTTP_PORT),
        "--rtp",
        "43000-43399",
        "--dir",
        dir.toString());
    String text = Files.readString(config);
    assertThat(text).contains("wrapUp: {mode: optional, autoReady: true}");
    return Files.writeString(
        config,
        text.replace(
            "wrapUp: {mode: optional, autoReady: true}",
            "wrapUp: {mode: timed, time: 1s, autoReady: true}"));
  }

  /** The bench's customer, streaming the WAV of this test (sipp reads it from its own cwd). */
  private Path customerScenario() throws IOException {
    String scenario = Files.readString(BENCH.resolve("sipp/queue-customer.xml"));
    assertThat(scenario).contains("\"customer-ulaw.wav,");
    return Files.writeString(
        dir.resolve("queue-customer.xml"),
        scenario.replace("\"customer-ulaw.wav,", "\"" + dir.resolve("customer-ulaw.wav") + ","));
  }

  private void makeAgentsReady() {
    python(
        "ready",
        "--agents",
        Integer.toString(AGENTS),
        "--address",
        ADDRESS,
        "--sip-port",
        Integer.toString(SIP_PORT),
        "--http-port",
        Integer.toString(HTTP_PORT),
        "--contact-port",
        Integer.toString(AGENTS_SIP),
        "--reg-port",
        Integer.toString(REGISTER_PORT));
  }

  private static void python(String... args) {
    List<String> command =
        new ArrayList<>(List.of("python3", BENCH.resolve("queue_agents.py").toString()));
    command.addAll(List.of(args));
    BoundedCommand.Result result = BoundedCommand.run(command, Duration.ofSeconds(60));
    assertThat(result.exitCode()).as("queue_agents.py %s: %s", args[0], result.output()).isZero();
  }

  /** Writes 8 kHz mono {@code encoding} audio; {@code pcm} is 16-bit little-endian samples. */
  private static void writeWav(Path file, byte[] pcm, AudioFormat.Encoding encoding)
      throws IOException {
    AudioFormat linear = new AudioFormat(8000, 16, 1, true, false);
    AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(pcm), linear, pcm.length / 2);
    AudioInputStream out =
        encoding.equals(AudioFormat.Encoding.PCM_SIGNED)
            ? in
            : AudioSystem.getAudioInputStream(encoding, in);
    AudioSystem.write(out, AudioFileFormat.Type.WAVE, file.toFile());
  }

  /** Every agent's answered calls, from answer to end, must follow one another. */
  private static int assertNoOverlapPerAgent(Database database) throws SQLException {
    Map<String, List<Instant[]>> byAgent = new HashMap<>();
    int answered = 0;
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT agent_id, answered_at, ended_at FROM interaction_legs"
                    + " WHERE answered_at IS NOT NULL");
        ResultSet row = s.executeQuery()) {
      while (row.next()) {
        answered++;
        OffsetDateTime ended = row.getObject("ended_at", OffsetDateTime.class);
        assertThat(ended).as("every answered call ended").isNotNull();
        byAgent
            .computeIfAbsent(row.getString("agent_id"), a -> new ArrayList<>())
            .add(
                new Instant[] {
                  row.getObject("answered_at", OffsetDateTime.class).toInstant(),
                  Objects.requireNonNull(ended).toInstant()
                });
      }
    }
    List<String> overlaps = new ArrayList<>();
    byAgent.forEach(
        (agent, calls) -> {
          calls.sort(Comparator.comparing(c -> c[0]));
          for (int k = 1; k < calls.size(); k++) {
            if (calls.get(k)[0].isBefore(calls.get(k - 1)[1])) {
              overlaps.add(
                  agent + " answered at " + calls.get(k)[0] + " before " + calls.get(k - 1)[1]);
            }
          }
        });
    assertThat(overlaps).isEmpty();
    return answered;
  }

  /**
   * Follows the centre's events on its thread: an offer may only go to an agent who is idle, or
   * already reserved for that very interaction (its reservation may be announced first).
   */
  private static final class BookingWatch implements CentreListener {
    private final Map<String, AgentState> agents = new HashMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private volatile int offers;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    List<String> log() {
      return List.copyOf(log);
    }

    @Override
    public void onEvent(CentreEvent event) {
      if (event instanceof CentreEvent.AgentChanged changed) {
        agents.put(changed.agent().id(), changed.agent());
      } else if (event instanceof CentreEvent.OfferMade made) {
        offers++;
        String interaction = made.offer().interaction().id();
        for (String agent : made.offer().agents()) {
          log.add(agent + " offered " + interaction);
          AgentState last = agents.get(agent);
          if (last != null
              && last.routing() != RoutingState.IDLE
              && !interaction.equals(last.interaction())) {
            violations.add(
                agent
                    + " offered "
                    + interaction
                    + " while "
                    + last.routing()
                    + " with "
                    + last.interaction());
          }
        }
      }
    }

    List<String> violations() {
      return List.copyOf(violations);
    }

    int offers() {
      return offers;
    }
  }
}
