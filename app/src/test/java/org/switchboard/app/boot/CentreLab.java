package org.switchboard.app.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.service.QueueService;
import org.switchboard.testkit.Lab;

/**
 * A real queue service in this JVM for the desktop's lab tests: the sample centre ({@code
 * queue-service/config/sample.yaml}) on the lab's address with its SIP front end on 16750, RTP
 * 42200-42299 and any free HTTP port; its store and recordings in the test's directory.
 */
final class CentreLab {
  static final int SIP_PORT = 16750;
  static final Duration WAIT = Duration.ofSeconds(20);
  static final Path SAMPLE =
      Objects.requireNonNull(Path.of("").toAbsolutePath().getParent(), "the repository")
          .resolve("queue-service/config/sample.yaml");

  final String address = Lab.load().localAddress();
  private final Path dir;

  CentreLab(Path dir) {
    this.dir = dir;
  }

  /** The sample on this lab's address and ports, written into the test's directory. */
  Path config() throws IOException {
    String text =
        Files.readString(SAMPLE)
            .replace("address: 127.0.0.1", "address: " + address)
            .replace("port: 5070", "port: " + SIP_PORT)
            .replace("port: 8070", "port: 0")
            .replace("rtpPortMin: 30000", "rtpPortMin: 42200")
            .replace("rtpPortMax: 31999", "rtpPortMax: 42299");
    return Files.writeString(dir.resolve("centre.yaml"), text);
  }

  /** {@code user} signed in to {@code service}'s API with the sample's password. */
  QueueClient signedIn(QueueService service, String user) {
    QueueClient client =
        new QueueClient(
            HttpUrl.get("http://" + address + ":" + service.httpPort()), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    return client;
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
