package org.switchboard.app.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.service.QueueService;
import org.switchboard.queue.service.config.ConfigException;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.PrivateBaresip;

/**
 * A real queue service for the desktop's lab tests: the sample centre ({@code
 * queue-service/config/sample.yaml}) on this session's lab address with its SIP front end on port
 * {@value #SIP_PORT}, its RTP on 42000-42099 and any HTTP port; a baresip customer (user 3190,
 * ports from 29610) that dials the entry number; a supervisor's view of the service; bounded waits.
 */
final class QueueCentreLab {
  static final int SIP_PORT = 16730;
  static final Duration WAIT = Duration.ofSeconds(20);

  final Lab lab = Lab.load();
  final String address = lab.localAddress();
  private final Path dir;

  QueueCentreLab(Path dir) {
    this.dir = dir;
  }

  /**
   * Starts the sample centre on the lab's ports; {@code replacements} are pairs of old and new text
   * in the sample.
   */
  QueueService start(String... replacements) throws IOException, ConfigException {
    String text =
        Files.readString(Path.of("..", "queue-service", "config", "sample.yaml"))
            .replace("address: 127.0.0.1", "address: " + address)
            .replace("port: 8070", "port: 0")
            .replace("port: 5070", "port: " + SIP_PORT)
            .replace("rtpPortMin: 30000", "rtpPortMin: 42000")
            .replace("rtpPortMax: 31999", "rtpPortMax: 42099");
    for (int i = 0; i < replacements.length; i += 2) {
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Path config = Files.writeString(dir.resolve("centre.yaml"), text);
    return QueueService.start(config, Clock.systemUTC());
  }

  /** The service's API address. */
  String url(QueueService service) {
    return "http://" + address + ":" + service.httpPort();
  }

  /**
   * The local-centre profile's environment pointing at {@code service}: the sample's agent alice,
   * the lab address and ports.
   */
  Map<String, String> localCentreEnvironment(QueueService service) {
    return Map.of(
        LocalCentre.PREFIX + "HOST", address,
        LocalCentre.PREFIX + "SIP_PORT", Integer.toString(SIP_PORT),
        LocalCentre.PREFIX + "URL", url(service));
  }

  /** Carol, the sample's supervisor, signed in to the API: sees every agent and interaction. */
  QueueClient supervisor(QueueService service) {
    QueueClient client = new QueueClient(HttpUrl.get(url(service)), new OkHttpClient(), 2);
    client.signIn("carol", "carol-sample");
    return client;
  }

  /** {@code user} (password {@code <user>-sample}) signed in, logged in to {@code queue}, ready. */
  QueueClient agent(QueueService service, String user, String queue) {
    QueueClient client = new QueueClient(HttpUrl.get(url(service)), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    AgentView in = client.login(user, java.util.List.of(queue));
    client.changePresence(user, new PresenceView(WirePresence.READY, null), in.version());
    return client;
  }

  /** A customer's phone: baresip sending 440 Hz, registered at the lab's Kamailio. */
  PrivateBaresip customer() throws IOException {
    return PrivateBaresip.start(
        lab, Files.createDirectories(dir.resolve("customer")), "3190", "PCMU", 440, "", 29610);
  }

  /** Dials the entry number and presses {@code keys}, each after the prompt has begun. */
  void dialAndPress(BaresipControl phone, String keys) throws InterruptedException {
    phone.dial("sip:100@" + address + ":" + SIP_PORT);
    phone.awaitEvent("CALL_ESTABLISHED", WAIT);
    for (char key : keys.toCharArray()) {
      Thread.sleep(1500); // a prompt plays; the IVR takes keys as they come (not an assertion)
      phone.sendDtmf(key);
    }
  }

  /** Something to wait for: a value, or null (or false) while it is not there yet. */
  interface Probe<T> {
    @Nullable T get() throws Exception;
  }

  /** Waits, bounded by {@link #WAIT}, for {@code probe} to give a value. */
  static <T> T await(String what, Probe<T> probe) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
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
