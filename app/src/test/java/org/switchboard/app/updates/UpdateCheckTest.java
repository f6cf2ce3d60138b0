package org.switchboard.app.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.settings.GeneralSettings;
import org.switchboard.app.settings.UpdatePolicy;

/** The update check against a feed served over HTTPS on loopback. */
class UpdateCheckTest {
  private static final String FEED_0_2_0 =
      "{\"version\": \"0.2.0\", \"url\": \"https://downloads.example.com/switchboard/0.2.0\","
          + " \"notes\": \"Diagnostics bundle, update notices\"}";

  private HttpsFeedServer feed;

  @BeforeEach
  void start() throws Exception {
    feed = new HttpsFeedServer();
  }

  @AfterEach
  void stop() throws Exception {
    feed.close();
  }

  private GeneralSettings notify(String address) {
    return new GeneralSettings(false, UpdatePolicy.NOTIFY, address);
  }

  private static Optional<AvailableUpdate> run(UpdateCheck check, GeneralSettings general)
      throws Exception {
    return check.check(general).get(20, TimeUnit.SECONDS);
  }

  @Test
  void aNewerVersionIsOfferedWithItsLinkAndNotes() throws Exception {
    feed.serve(FEED_0_2_0);

    Optional<AvailableUpdate> found =
        run(HttpsFeedServer.checkRunning("0.1.0"), notify(feed.feed()));

    assertThat(found)
        .contains(
            new AvailableUpdate(
                Version.parse("0.2.0"),
                URI.create("https://downloads.example.com/switchboard/0.2.0"),
                "Diagnostics bundle, update notices"));
    var request = feed.server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getPath()).isEqualTo("/switchboard/feed.json");
    assertThat(request.getHeader("User-Agent")).isEqualTo("Switchboard/0.1.0");
  }

  @Test
  void aSnapshotOfTheOfferedVersionIsOlder() throws Exception {
    feed.serve(FEED_0_2_0);

    assertThat(run(HttpsFeedServer.checkRunning("0.2.0-SNAPSHOT"), notify(feed.feed())))
        .isPresent();
  }

  @Test
  void theSameVersionIsNotOffered() throws Exception {
    feed.serve(FEED_0_2_0);

    assertThat(run(HttpsFeedServer.checkRunning("0.2.0"), notify(feed.feed()))).isEmpty();
    assertThat(feed.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anOlderVersionIsNotOffered() throws Exception {
    feed.serve(FEED_0_2_0);

    assertThat(run(HttpsFeedServer.checkRunning("0.10.0"), notify(feed.feed()))).isEmpty();
  }

  @Test
  void withUpdatesOffTheFeedIsNeverAsked() throws Exception {
    feed.serve(FEED_0_2_0);

    Optional<AvailableUpdate> found =
        run(
            HttpsFeedServer.checkRunning("0.1.0"),
            new GeneralSettings(false, UpdatePolicy.OFF, feed.feed()));

    assertThat(found).isEmpty();
    assertThat(feed.server.getRequestCount()).isZero();
  }

  @Test
  void aPlainHttpFeedIsRefusedWithoutConnecting() throws Exception {
    feed.serve(FEED_0_2_0);
    String plain = feed.feed().replaceFirst("^https:", "http:");

    assertThat(run(HttpsFeedServer.checkRunning("0.1.0"), notify(plain))).isEmpty();
    assertThat(feed.server.getRequestCount()).isZero();
  }

  @Test
  void anUnknownRunningVersionOrAnEmptyFeedAsksNothing() throws Exception {
    feed.serve(FEED_0_2_0);

    UpdateCheck unknown = HttpsFeedServer.check(Optional.empty(), Duration.ofSeconds(5), 1024);
    assertThat(run(unknown, notify(feed.feed()))).isEmpty();
    assertThat(run(HttpsFeedServer.checkRunning("0.1.0"), notify(" "))).isEmpty();
    assertThat(feed.server.getRequestCount()).isZero();
  }

  @Test
  void malformedFeedsOfferNothingAndNeverFail() throws Exception {
    String[] broken = {
      "not json",
      "[]",
      "{\"version\": \"latest\", \"url\": \"https://d.example.com\"}",
      "{\"version\": \"0.3.0\"}",
      "{\"version\": \"0.3.0\", \"url\": \"http://d.example.com/plain\"}",
      "{\"version\": 3, \"url\": \"https://d.example.com\"}"
    };
    for (String body : broken) {
      feed.serve(body);
      assertThat(run(HttpsFeedServer.checkRunning("0.1.0"), notify(feed.feed())))
          .as(body)
          .isEmpty();
    }
    assertThat(feed.server.getRequestCount()).isEqualTo(broken.length);
  }

  @Test
  void anErrorStatusOffersNothing() throws Exception {
    feed.server.enqueue(new MockResponse().setResponseCode(404).setBody(FEED_0_2_0));

    assertThat(run(HttpsFeedServer.checkRunning("0.1.0"), notify(feed.feed()))).isEmpty();
  }

  @Test
  void aFeedLargerThanTheCapIsNotRead() throws Exception {
    feed.serve(FEED_0_2_0.replace("update notices", "x".repeat(4096)));

    UpdateCheck small = HttpsFeedServer.check(Optional.of("0.1.0"), Duration.ofSeconds(5), 1024);
    assertThat(run(small, notify(feed.feed()))).isEmpty();
  }

  @Test
  void aServerThatNeverAnswersEndsTheCheckAtTheTimeout() throws Exception {
    feed.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    UpdateCheck quick = HttpsFeedServer.check(Optional.of("0.1.0"), Duration.ofMillis(500), 1024);
    long start = System.nanoTime();
    assertThat(run(quick, notify(feed.feed()))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aCertificateNotTrustedEndsTheCheckQuietly() throws Exception {
    feed.serve(FEED_0_2_0);

    Optional<AvailableUpdate> found =
        UpdateCheck.trusting(
                javax.net.ssl.SSLContext.getDefault(),
                Duration.ofSeconds(5),
                1024,
                Optional.of("0.1.0"))
            .check(notify(feed.feed()))
            .get(20, TimeUnit.SECONDS);

    assertThat(found).isEmpty();
  }
}
