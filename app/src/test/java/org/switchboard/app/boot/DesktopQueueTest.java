package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.app.agent.QueueLink;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.QueueSettings;
import org.switchboard.core.Secret;
import org.switchboard.core.agent.Presence;

/**
 * A queue service that is down or refuses the agent never blocks the desktop: {@link DesktopQueue}
 * starts at once, reports the link's state with the delay before the next attempt, keeps trying,
 * and closes within its bound. The services here are a closed port and MockWebServer (loopback).
 */
@Timeout(30)
class DesktopQueueTest {
  private final FakeSecretStore keychain = new FakeSecretStore();
  private final BlockingQueue<QueueLink.Status> changes = new LinkedBlockingQueue<>();

  private DesktopQueue start(String url) {
    QueueSettings settings = new QueueSettings(url, "alice");
    keychain.entries.put(settings.passwordKey(), Secret.of("alice-sample"));
    DesktopQueue queue =
        DesktopQueue.start(settings, keychain, new DemoTelephony(), Clock.systemUTC());
    queue.addListener(changes::add);
    return queue;
  }

  private QueueLink.Status awaitState(QueueLink.State state) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      QueueLink.Status s = changes.poll(200, TimeUnit.MILLISECONDS);
      if (s != null && s.state() == state) {
        return s;
      }
    }
    throw new AssertionError("the link never became " + state);
  }

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void anUnreachableServiceIsReportedAndRetriedWhileTheSessionStaysUsable() throws Exception {
    try (DesktopQueue queue = start("http://127.0.0.1:" + closedPort())) {
      assertThat(queue.status().state())
          .isIn(QueueLink.State.CONNECTING, QueueLink.State.UNREACHABLE);

      QueueLink.Status first = awaitState(QueueLink.State.UNREACHABLE);
      QueueLink.Status second = awaitState(QueueLink.State.UNREACHABLE);

      assertThat(first.retryIn()).isNotNull().isPositive();
      assertThat(second.retryIn()).as("it keeps trying").isNotNull().isPositive();
      assertThat(queue.session().snapshot().presence()).isEqualTo(Presence.offline());
    }
  }

  @Test
  void aRefusedPasswordIsReportedAsSuchAndRetried() throws Exception {
    try (MockWebServer service = new MockWebServer()) {
      service.start(InetAddress.getLoopbackAddress(), 0);
      for (int i = 0; i < 5; i++) {
        service.enqueue(
            new MockResponse()
                .setResponseCode(401)
                .setHeader("Content-Type", "application/problem+json")
                .setBody(
                    "{\"title\":\"unauthorized\",\"status\":401,\"detail\":\"wrong password\"}"));
      }
      try (DesktopQueue queue = start(service.url("/").toString())) {
        QueueLink.Status refused = awaitState(QueueLink.State.REFUSED);

        assertThat(refused.retryIn()).isNotNull().isPositive();
        RecordedRequest signIn = service.takeRequest(5, TimeUnit.SECONDS);
        assertThat(signIn).isNotNull();
        assertThat(signIn.getPath()).isEqualTo("/api/v1/sessions");
        assertThat(queue.status().state()).isEqualTo(QueueLink.State.REFUSED);
      }
    }
  }

  @Test
  void withoutASavedApiPasswordTheSignInIsRefusedWithoutAsking() throws Exception {
    try (MockWebServer service = new MockWebServer()) {
      service.start(InetAddress.getLoopbackAddress(), 0);
      QueueSettings settings = new QueueSettings(service.url("/").toString(), "alice");
      try (DesktopQueue queue =
          DesktopQueue.start(settings, keychain, new DemoTelephony(), Clock.systemUTC())) {
        queue.addListener(changes::add);
        awaitState(QueueLink.State.REFUSED);
        assertThat(service.getRequestCount()).isZero();
      }
    }
  }

  @Test
  void closingAnUnsignedLinkReturnsWithinItsBound() throws Exception {
    DesktopQueue queue = start("http://127.0.0.1:" + closedPort());
    long started = System.nanoTime();
    queue.close();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(Duration.ofSeconds(DesktopQueue.SIGN_OUT_SECONDS + 2));
  }

  @Test
  void aMalformedAddressIsRefusedNamingTheSetting() {
    assertThatThrownBy(
            () ->
                DesktopQueue.start(
                    new QueueSettings("not a url", "alice"),
                    keychain,
                    new DemoTelephony(),
                    Clock.systemUTC()))
        .hasMessageStartingWith("queue.url:");
  }
}
