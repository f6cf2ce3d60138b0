package org.switchboard.crm.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.customer.DirectoryException;

class CrmHttpRedirectTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Credentials TOKEN = Credentials.bearer(Secret.of("test-token"));

  private final MockWebServer crm = new MockWebServer();
  private final MockWebServer elsewhere = new MockWebServer();
  private CrmHttp http;

  @BeforeEach
  void start() throws Exception {
    crm.start(InetAddress.getLoopbackAddress(), 0);
    elsewhere.start(InetAddress.getLoopbackAddress(), 0);
    http = new CrmHttp(new OkHttpClient(), HttpPolicy.defaults(), JSON, Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    crm.shutdown();
    elsewhere.shutdown();
  }

  /** The server's own URL with host 127.0.0.1, so that "localhost" is another host. */
  private HttpUrl at(String path) {
    return crm.url(path).newBuilder().host("127.0.0.1").build();
  }

  private static MockResponse redirect(int status, String location) {
    return new MockResponse().setResponseCode(status).setHeader("Location", location);
  }

  @Test
  void aRedirectOnTheSameHostIsFollowedWithTheCredentials() throws Exception {
    crm.enqueue(redirect(301, "/v2/search?q=%2B4930"));
    crm.enqueue(new MockResponse().setBody("{\"ok\":true}"));

    JsonResponse answer = http.get(at("/v1/search?q=%2B4930"), TOKEN);

    assertThat(answer.body().path("ok").asBoolean()).isTrue();
    crm.takeRequest();
    RecordedRequest followed = crm.takeRequest();
    assertThat(followed.getPath()).isEqualTo("/v2/search?q=%2B4930");
    assertThat(followed.getHeader("Authorization")).isEqualTo("Bearer test-token");
  }

  @Test
  void aTemporaryRedirectKeepsTheMethodAndBody() throws Exception {
    crm.enqueue(redirect(307, "/calls/moved"));
    crm.enqueue(new MockResponse().setResponseCode(201).setBody("{}"));

    http.send("POST", at("/calls"), JSON.readTree("{\"key\":\"call-7\"}"), TOKEN);

    crm.takeRequest();
    RecordedRequest followed = crm.takeRequest();
    assertThat(followed.getMethod()).isEqualTo("POST");
    assertThat(followed.getPath()).isEqualTo("/calls/moved");
    assertThat(followed.getBody().readUtf8()).isEqualTo("{\"key\":\"call-7\"}");
  }

  @Test
  void seeOtherAfterAPostIsFetchedWithGetAndNoBody() throws Exception {
    crm.enqueue(redirect(303, "/calls/88001"));
    crm.enqueue(new MockResponse().setBody("{\"id\":\"88001\"}"));

    JsonResponse answer =
        http.send("POST", at("/calls"), JSON.readTree("{\"key\":\"call-7\"}"), TOKEN);

    assertThat(answer.body().path("id").asText()).isEqualTo("88001");
    crm.takeRequest();
    RecordedRequest followed = crm.takeRequest();
    assertThat(followed.getMethod()).isEqualTo("GET");
    assertThat(followed.getBodySize()).isZero();
  }

  @Test
  void aRedirectToAnotherHostIsRefusedWithoutBeingFollowed() {
    // Same server, same port, but named "localhost": another host as far as the CRM's token goes.
    crm.enqueue(redirect(302, "http://localhost:" + crm.getPort() + "/steal?q=secret"));
    crm.enqueue(new MockResponse().setBody("{}"));

    assertThatThrownBy(() -> http.get(at("/search"), TOKEN))
        .isInstanceOfSatisfying(
            CrmCallFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage())
                  .contains("127.0.0.1 redirected", "localhost", "refused")
                  .doesNotContain("steal", "secret");
            });
    assertThat(crm.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRedirectToAnotherPortOrSchemeIsRefused() {
    crm.enqueue(redirect(302, "http://127.0.0.1:" + elsewhere.getPort() + "/search"));
    crm.enqueue(redirect(308, "https://127.0.0.1:" + crm.getPort() + "/search"));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> http.get(at("/search"), TOKEN))
          .isInstanceOfSatisfying(
              CrmCallFailure.class,
              e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED));
    }
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(crm.getRequestCount()).isEqualTo(2);
  }

  @Test
  void moreRedirectsThanThePolicyAllowsAreRefused() {
    for (int i = 0; i < 10; i++) {
      crm.enqueue(redirect(302, "/loop/" + i));
    }

    assertThatThrownBy(() -> http.get(at("/loop"), TOKEN))
        .isInstanceOfSatisfying(
            CrmCallFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("too many redirects", "3 allowed");
            });
    assertThat(crm.getRequestCount()).isEqualTo(1 + HttpPolicy.defaults().maxRedirects());
  }

  @Test
  void multipleChoicesIsAnAnswerNotARedirect() {
    crm.enqueue(redirect(300, "/tasks/00T1").setBody("[\"/tasks/00T1\",\"/tasks/00T2\"]"));

    assertThatThrownBy(() -> http.get(at("/tasks/by-key/call-1"), TOKEN))
        .isInstanceOfSatisfying(
            CrmCallFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.status()).isEqualTo(300);
            });
    assertThat(crm.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRedirectWithoutLocationIsMalformed() {
    crm.enqueue(new MockResponse().setResponseCode(302));

    assertThatThrownBy(() -> http.get(at("/search"), TOKEN))
        .isInstanceOfSatisfying(
            CrmCallFailure.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.MALFORMED);
              assertThat(e.getMessage()).contains("without a usable Location");
            });
  }
}
