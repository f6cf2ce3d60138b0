package org.switchboard.crm.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.customer.DirectoryException;

/** The bounds on an answer: its size, its time, and what it must be (JSON). */
class CrmHttpLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpPolicy IMPATIENT =
      HttpPolicy.defaults().withCallTimeout(Duration.ofMillis(300)).withMaxResponseBytes(1024);

  private final MockWebServer crm = new MockWebServer();
  private CrmHttp http;

  @BeforeEach
  void start() throws Exception {
    crm.start(InetAddress.getLoopbackAddress(), 0);
    http = new CrmHttp(new OkHttpClient(), IMPATIENT, JSON, Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    crm.shutdown();
  }

  private HttpUrl url() {
    return crm.url("/search");
  }

  /** A JSON object of exactly {@code bytes} bytes. */
  private static String jsonOf(int bytes) {
    String open = "{\"pad\":\"";
    String close = "\"}";
    return open + "x".repeat(bytes - open.length() - close.length()) + close;
  }

  private void assertFails(DirectoryException.Kind kind, Consumer<String> message) {
    assertThatThrownBy(() -> http.get(url(), Credentials.none()))
        .isInstanceOfSatisfying(
            CrmCallFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              message.accept(e.getMessage());
            });
  }

  @Test
  void anAnswerOfExactlyTheCapIsRead() throws Exception {
    crm.enqueue(new MockResponse().setBody(jsonOf(1024)));

    assertThat(http.get(url(), Credentials.none()).body().path("pad").asText()).hasSize(1014);
  }

  @Test
  void anAnswerOneByteOverTheCapIsRefusedWithOrWithoutItsLength() {
    crm.enqueue(new MockResponse().setBody(jsonOf(1025)));
    crm.enqueue(new MockResponse().setChunkedBody(jsonOf(50_000), 512));

    for (int i = 0; i < 2; i++) {
      assertFails(
          DirectoryException.Kind.MALFORMED,
          m -> assertThat(m).contains("larger than 1024 bytes; refused"));
    }
  }

  @Test
  void anAnswerThatIsNotJsonIsMalformed() {
    crm.enqueue(new MockResponse().setBody("<html>Service Unavailable</html>"));
    crm.enqueue(new MockResponse().setBody("{\"results\": [ {\"id\": \"1\", "));

    for (int i = 0; i < 2; i++) {
      assertFails(DirectoryException.Kind.MALFORMED, m -> assertThat(m).contains("not JSON"));
    }
  }

  @Test
  void headersThatComeTooLateAreCutOffByTheCallTimeout() {
    crm.enqueue(new MockResponse().setBody("{}").setHeadersDelay(2, TimeUnit.SECONDS));

    assertFails(
        DirectoryException.Kind.UNAVAILABLE,
        m -> assertThat(m).contains("did not answer within 300 ms"));
  }

  @Test
  void aDelayedOrTricklingBodyIsCutOffByTheCallTimeout() {
    crm.enqueue(new MockResponse().setBody("{\"a\":1}").setBodyDelay(2, TimeUnit.SECONDS));
    crm.enqueue(new MockResponse().setBody(jsonOf(1000)).throttleBody(16, 1, TimeUnit.SECONDS));

    for (int i = 0; i < 2; i++) {
      assertFails(DirectoryException.Kind.UNAVAILABLE, m -> assertThat(m).contains("300 ms"));
    }
  }

  @Test
  void aConnectionDroppedBeforeOrDuringTheAnswerIsUnavailable() {
    crm.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    crm.enqueue(
        new MockResponse()
            .setBody(jsonOf(1000))
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    assertFails(DirectoryException.Kind.UNAVAILABLE, m -> assertThat(m).contains("unreachable"));
    assertFails(
        DirectoryException.Kind.UNAVAILABLE, m -> assertThat(m).contains("broke off its answer"));
  }

  @Test
  void aServerThatIsNotThereIsUnavailable() throws Exception {
    HttpUrl gone = url();
    crm.shutdown();

    assertThatThrownBy(() -> http.get(gone, Credentials.none()))
        .isInstanceOfSatisfying(
            CrmCallFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE);
              assertThat(e.getMessage()).contains(gone.host(), "unreachable");
            });
  }
}
