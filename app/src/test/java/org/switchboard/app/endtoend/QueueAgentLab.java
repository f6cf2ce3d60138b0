package org.switchboard.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.service.QueueService;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.PrivateBaresip;

/**
 * What the queue-mode lab tests share: the queue service's sample centre on the lab's address (SIP
 * 16770, RTP 42400-42499, any HTTP port), headless agents in their own JVMs (alice 1001 on SIP
 * 16772, bob 1002 on 16774, each with 50 RTP ports), a baresip customer (user 3185, ports from
 * 29620) who dials the entry number, and bounded waits.
 */
final class QueueAgentLab {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(20);
  static final int SERVICE_SIP_PORT = 16770;

  final Lab lab = Lab.load();
  final String address = lab.localAddress();
  private final Path dir;

  QueueAgentLab(Path dir) {
    this.dir = dir;
  }

  /** The sample centre on this lab's ports, with {@code replacements} (pairs of old, new text). */
  Path centre(String... replacements) throws IOException {
    String text =
        Files.readString(Path.of("..", "queue-service", "config", "sample.yaml"))
            .replace("address: 127.0.0.1", "address: " + address)
            .replace("port: 8070", "port: 0")
            .replace("port: 5070", "port: " + SERVICE_SIP_PORT)
            .replace("rtpPortMin: 30000", "rtpPortMin: 42400")
            .replace("rtpPortMax: 31999", "rtpPortMax: 42499");
    for (int i = 0; i < replacements.length; i += 2) {
      if (!text.contains(replacements[i])) {
        throw new IllegalArgumentException("the sample has no '" + replacements[i] + "'");
      }
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return Files.writeString(dir.resolve("centre.yaml"), text);
  }

  /** Alice (extension 1001) as a headless agent in queue mode, sending a 1000 Hz tone. */
  AgentProcess alice(String serviceUrl) throws IOException {
    return agent("alice", "1001", 16772, 42500, 1000, serviceUrl);
  }

  /** Bob (extension 1002) as a headless agent in queue mode, sending a 1500 Hz tone. */
  AgentProcess bob(String serviceUrl) throws IOException {
    return agent("bob", "1002", 16774, 42550, 1500, serviceUrl);
  }

  /** The service's API URL. */
  String url(QueueService service) {
    return "http://" + address + ":" + service.httpPort();
  }

  /**
   * Carol's headless agent registered at the lab's Kamailio as {@code sipUser} (SIP 16776, RTP
   * 42600-42649) and pointed at the queue service at {@code serviceUrl}, which may be down; waits
   * only for the registration.
   */
  AgentProcess carolAtKamailio(String sipUser, String serviceUrl) throws IOException {
    String json =
        """
        {
          "account": {
            "user": "%s", "domain": "%s", "password": "%s",
            "registrar": { "host": "%s", "port": %d }, "registerExpiry": 300
          },
          "sip": { "listenAddress": "%s", "port": 16776 },
          "media": { "address": "%6$s", "rtpPortMin": 42600, "rtpPortMax": 42649,
                     "source": "tone:1000", "sink": "discard" },
          "queue": { "url": "%7$s", "user": "carol", "password": "carol-sample" }
        }
        """
            .formatted(
                sipUser,
                lab.sipDomain(),
                lab.passwordFor(sipUser),
                lab.registrarHost(),
                lab.registrarPort(),
                address,
                serviceUrl);
    Path config = Files.writeString(dir.resolve("carol.json"), json);
    AgentProcess agent = AgentProcess.start(dir, "--config", config.toString());
    try {
      agent.await("registered", WAIT);
      return agent;
    } catch (RuntimeException | AssertionError e) {
      agent.close();
      throw e;
    }
  }

  /**
   * Starts {@code user}'s headless agent signed in to {@code serviceUrl}, and waits until it has
   * registered at the service and its event connection is up.
   */
  AgentProcess agent(
      String user, String extension, int sipPort, int rtpMin, int toneHz, String serviceUrl)
      throws IOException {
    String json =
        """
        {
          "account": {
            "user": "%2$s", "domain": "%1$s", "password": "%3$s-phone",
            "registrar": { "host": "%1$s", "port": %4$d }, "registerExpiry": 300
          },
          "sip": { "listenAddress": "%1$s", "port": %5$d },
          "media": { "address": "%1$s", "rtpPortMin": %6$d, "rtpPortMax": %7$d,
                     "source": "tone:%8$d", "sink": "discard" },
          "queue": { "url": "%9$s", "user": "%3$s", "password": "%3$s-sample" }
        }
        """
            .formatted(
                address,
                extension,
                user,
                SERVICE_SIP_PORT,
                sipPort,
                rtpMin,
                rtpMin + 49,
                toneHz,
                serviceUrl);
    Path config = Files.writeString(dir.resolve(user + ".json"), json);
    AgentProcess agent =
        AgentProcess.start(dir, "--config", config.toString(), "--log-level", "info");
    try {
      agent.await("registered", WAIT);
      agent.await("queue_connection", e -> e.path("state").asText().equals("connected"), WAIT);
      return agent;
    } catch (RuntimeException | AssertionError e) {
      agent.close();
      throw e;
    }
  }

  /** Sends {@code ready} and waits for the agent to say it is ready. */
  static void ready(AgentProcess agent) {
    agent.send("{\"cmd\":\"ready\"}");
    agent.await("agent", e -> e.path("presence").asText().equals("ready"), WAIT);
  }

  /** A customer's phone: baresip sending 440 Hz, registered at the lab's Kamailio. */
  PrivateBaresip customer() throws IOException {
    return PrivateBaresip.start(
        lab, Files.createDirectories(dir.resolve("customer")), "3185", "PCMU", 440, "", 29620);
  }

  /** {@code user} signed in to the service's API (the sample's password). */
  QueueClient signedIn(QueueService service, String user) {
    QueueClient client = new QueueClient(HttpUrl.get(url(service)), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    return client;
  }

  /** Dials the entry number and presses {@code keys}, a second and a half apart. */
  void dialAndPress(BaresipControl phone, String keys) throws InterruptedException {
    phone.dial("sip:100@" + address + ":" + SERVICE_SIP_PORT);
    phone.awaitEvent("CALL_ESTABLISHED", WAIT);
    for (char key : keys.toCharArray()) {
      Thread.sleep(1500); // a prompt plays; keys may barge in
      phone.sendDtmf(key);
    }
  }

  /**
   * The first offer the agent reported, with the interaction's id and data. The offer (over the
   * event socket) and the INVITE (over SIP) race, so neither is awaited by consuming events.
   */
  static JsonNode awaitOffer(AgentProcess agent) throws Exception {
    return awaitWritten(agent, "offer", e -> true);
  }

  /** The SIP call id of the first call that rang at the agent. */
  static String awaitIncoming(AgentProcess agent) throws Exception {
    return awaitWritten(agent, "incoming", e -> true).path("call").asText();
  }

  /**
   * Waits for the agent to have written an event {@code name} matching {@code filter} at any point,
   * without consuming events (for events whose order against others is not fixed).
   */
  static JsonNode awaitWritten(AgentProcess agent, String name, Predicate<JsonNode> filter)
      throws Exception {
    return awaitWritten(agent, name, filter, WAIT);
  }

  /** As {@link #awaitWritten(AgentProcess, String, Predicate)}, bounded by {@code bound}. */
  static JsonNode awaitWritten(
      AgentProcess agent, String name, Predicate<JsonNode> filter, Duration bound)
      throws Exception {
    return await(
        name + " written",
        bound,
        () -> {
          for (String line : agent.seenSoFar()) {
            if (!line.startsWith("{")) {
              continue;
            }
            JsonNode event = JSON.readTree(line);
            if (name.equals(event.path("event").asText()) && filter.test(event)) {
              return event;
            }
          }
          return null;
        });
  }

  /** Something to wait for: a value, or null (or false) while it is not there yet. */
  interface Probe<T> {
    @Nullable T get() throws Exception;
  }

  /** Waits, bounded by {@link #WAIT}, for {@code probe} to give a value. */
  static <T> T await(String what, Probe<T> probe) throws Exception {
    return await(what, WAIT, probe);
  }

  /** Waits, bounded by {@code bound}, for {@code probe} to give a value. */
  static <T> T await(String what, Duration bound, Probe<T> probe) throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }
}
