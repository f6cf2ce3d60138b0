package org.switchboard.queue.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.PrivateBaresip;

/**
 * What the service's lab tests share: the sample centre on the lab's address (SIP 16710, RTP
 * 41800-41899, any HTTP port), agents' phones (alice 1001 on 16712, bob 1002 on 16714), a baresip
 * customer (user 3185, ports 29600-29709) that dials the entry number, sign-ins, and bounded waits.
 */
final class ServiceLab {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final int SIP_PORT = 16710;

  final Lab lab = Lab.load();
  final String address = lab.localAddress();
  private final Path dir;

  ServiceLab(Path dir) {
    this.dir = dir;
  }

  /** The sample on the lab's ports, with {@code replacements} (pairs of old, new text). */
  Path config(String... replacements) throws IOException {
    String text =
        Files.readString(Path.of("config", "sample.yaml"))
            .replace("address: 127.0.0.1", "address: " + address)
            .replace("port: 8070", "port: 0")
            .replace("port: 5070", "port: " + SIP_PORT)
            .replace("rtpPortMin: 30000", "rtpPortMin: 41800")
            .replace("rtpPortMax: 31999", "rtpPortMax: 41899");
    for (int i = 0; i < replacements.length; i += 2) {
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return Files.writeString(dir.resolve("centre.yaml"), text);
  }

  /** Alice's phone: a 1000 Hz tone. */
  AgentPhone alicePhone() throws Exception {
    return new AgentPhone(
        address, SIP_PORT, "1001", "alice-phone", 16712, 41900, 1000, dir.resolve("a-{call}.wav"));
  }

  /** Bob's phone: a 1500 Hz tone. */
  AgentPhone bobPhone() throws Exception {
    return new AgentPhone(
        address, SIP_PORT, "1002", "bob-phone", 16714, 41950, 1500, dir.resolve("b-{call}.wav"));
  }

  /** A customer's phone: baresip sending 440 Hz, registered at the lab's Kamailio. */
  PrivateBaresip customer() throws IOException {
    return PrivateBaresip.start(
        lab, Files.createDirectories(dir.resolve("customer")), "3185", "PCMU", 440, "", 29600);
  }

  /** {@code user} signed in to the service's API (the sample's password). */
  QueueClient signedIn(QueueService service, String user) {
    QueueClient client =
        new QueueClient(
            HttpUrl.get("http://" + address + ":" + service.httpPort()), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    return client;
  }

  /** {@code user} signed in, logged in to {@code queue} and ready. */
  QueueClient readyIn(QueueService service, String user, String queue) {
    QueueClient client = signedIn(service, user);
    AgentView in = client.login(user, List.of(queue));
    client.changePresence(user, new PresenceView(WirePresence.READY, null), in.version());
    return client;
  }

  /** Dials the entry number and presses {@code keys}, a second and a half apart. */
  void dialAndPress(BaresipControl phone, String keys) throws InterruptedException {
    phone.dial("sip:100@" + address + ":" + SIP_PORT);
    phone.awaitEvent("CALL_ESTABLISHED", WAIT);
    for (char key : keys.toCharArray()) {
      Thread.sleep(1500); // a prompt plays; keys may barge in
      phone.sendDtmf(key);
    }
  }

  /** The first WAV in the test's directory named {@code prefix}..., or null. */
  @Nullable Path recording(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".wav"))
          .findFirst()
          .orElse(null);
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
