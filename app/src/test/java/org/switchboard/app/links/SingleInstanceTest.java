package org.switchboard.app.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two desktop starts in one JVM, talking over loopback as two processes would. */
class SingleInstanceTest {
  @TempDir Path data;
  private final List<SingleInstance> started = new ArrayList<>();
  private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();

  @AfterEach
  void closeAll() {
    started.forEach(SingleInstance::close);
  }

  private SingleInstance first() throws IOException {
    SingleInstance first = SingleInstance.startOrForward(data, null).orElseThrow();
    started.add(first);
    return first;
  }

  private SingleInstance.Handler recorder() {
    return new SingleInstance.Handler() {
      @Override
      public void dial(DialLink link) {
        requests.add(link.asText());
      }

      @Override
      public void activate() {
        requests.add("activate");
      }
    };
  }

  private @Nullable String nextRequest() throws InterruptedException {
    return requests.poll(10, TimeUnit.SECONDS);
  }

  @Test
  void aSecondStartHandsItsLinkToTheFirstAndLeaves() throws Exception {
    first().onRequest(recorder());

    Optional<SingleInstance> second =
        SingleInstance.startOrForward(data, DialLink.parse("tel:+49 30 1234567"));

    assertThat(second).isEmpty();
    assertThat(nextRequest()).isEqualTo("tel:+49301234567");
    Optional<SingleInstance> third =
        SingleInstance.startOrForward(data, DialLink.parse("sip:alice@example.com"));
    assertThat(third).isEmpty();
    assertThat(nextRequest()).isEqualTo("sip:alice@example.com");
  }

  @Test
  void aSipsLinkIsHandedOverStillSecureAndACalltoLinkAsWhatItDials() throws Exception {
    first().onRequest(recorder());

    assertThat(SingleInstance.startOrForward(data, DialLink.parse("sips:2001@example.com")))
        .isEmpty();
    assertThat(nextRequest()).isEqualTo("sips:2001@example.com");
    assertThat(SingleInstance.startOrForward(data, DialLink.parse("callto://+15551234567")))
        .isEmpty();
    assertThat(nextRequest()).isEqualTo("tel:+15551234567");
  }

  @Test
  void aSecondStartWithoutALinkAsksTheFirstToComeForward() throws Exception {
    first().onRequest(recorder());

    assertThat(SingleInstance.startOrForward(data, null)).isEmpty();

    assertThat(nextRequest()).isEqualTo("activate");
  }

  @Test
  void linksArrivingBeforeTheWindowIsReadyAreHandedOverWhenItIs() throws Exception {
    SingleInstance first = first();
    assertThat(SingleInstance.startOrForward(data, DialLink.parse("tel:2002"))).isEmpty();
    assertThat(requests).isEmpty();

    first.onRequest(recorder());

    // Handed over on the instance's own thread: wait for it (CI saw the list read too early).
    assertThat(nextRequest()).isEqualTo("tel:2002");
    assertThat(requests).isEmpty();
  }

  @Test
  void thePortFileIsPrivateAndNamesALoopbackPortWithAToken() throws Exception {
    SingleInstance first = first();

    Path portFile = data.resolve(SingleInstance.PORT_FILE);
    String[] recorded = Files.readString(portFile).strip().split(" ");
    assertThat(Integer.parseInt(recorded[0])).isEqualTo(first.port());
    assertThat(recorded[1]).hasSizeGreaterThanOrEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile)))
        .isEqualTo("rw-------");
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), first.port())) {
      assertThat(s.isConnected()).isTrue();
    }
  }

  @Test
  void aRequestWithoutTheTokenIsRefusedAndNeverDialled() throws Exception {
    first().onRequest(recorder());
    String token = Files.readString(data.resolve(SingleInstance.PORT_FILE)).strip().split(" ")[1];

    assertThat(send("not-the-token dial tel:+4930123456\n")).isEqualTo("error token");
    assertThat(send(token + " dial http://evil.example.com\n")).isEqualTo("error UNSUPPORTED");
    assertThat(send(token + " dial tel:" + "1".repeat(5000) + "\n")).isEqualTo("error too long");
    assertThat(send(token + " format-disk\n")).isEqualTo("error request");
    assertThat(send(token + " show\n")).isEqualTo("ok");

    assertThat(nextRequest()).isEqualTo("activate");
    assertThat(requests).isEmpty();
  }

  @Test
  void whenTheFirstHasClosedTheNextStartIsTheFirst() throws Exception {
    SingleInstance first = first();
    first.close();
    assertThat(data.resolve(SingleInstance.PORT_FILE)).doesNotExist();

    SingleInstance next = first();

    assertThat(next.port()).isPositive();
  }

  @Test
  void aStalePortFileFromACrashIsReplaced() throws Exception {
    Files.writeString(data.resolve(SingleInstance.PORT_FILE), "1 " + "x".repeat(43) + "\n");

    SingleInstance first = first();

    assertThat(Files.readString(data.resolve(SingleInstance.PORT_FILE)))
        .startsWith(first.port() + " ");
  }

  @Test
  void anInstanceThatHoldsTheLockButNeverAnswersMakesTheSecondStartFail() throws Exception {
    Path lock = data.resolve(SingleInstance.LOCK_FILE);
    try (FileChannel channel =
            FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertThat(held.isValid()).isTrue();

      assertThatThrownBy(
              () ->
                  SingleInstance.startOrForward(
                      data, DialLink.parse("tel:2002"), Duration.ofMillis(300)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("did not answer");
    }
  }

  private String send(String line) throws IOException {
    int port = started.get(0).port();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      String answer = InstanceRequests.readLine(s.getInputStream());
      return answer == null ? "<too long>" : answer;
    }
  }
}
