package org.switchboard.crm.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.journal.CallLogException;

/** What each status means, and the request CrmHttp sends. */
class CrmHttpStatusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final Credentials TOKEN = Credentials.bearer(Secret.of("test-token"));

  private final MockWebServer crm = new MockWebServer();
  private CrmHttp http;

  @BeforeEach
  void start() throws Exception {
    crm.start(InetAddress.getLoopbackAddress(), 0);
    http = new CrmHttp(new OkHttpClient(), HttpPolicy.defaults(), JSON, NOW);
  }

  @AfterEach
  void stop() throws Exception {
    crm.shutdown();
  }

  private HttpUrl url(String path) {
    return crm.url(path);
  }

  @Test
  void aPostCarriesTheJsonBodyTheTokenAndTheEncodedQuery() throws Exception {
    crm.enqueue(new MockResponse().setBody("{\"id\":\"1\"}"));
    HttpUrl url =
        url("/api/search").newBuilder().addQueryParameter("q", "FIND {+49 30} & co").build();

    JsonResponse answer =
        http.send(
            "POST",
            url,
            JSON.readTree("{\"name\":\"Anna\"}"),
            TOKEN,
            new Request.Builder().header("Idempotency-Key", "call-7"));

    assertThat(answer.isSuccessful()).isTrue();
    assertThat(answer.body().path("id").asText()).isEqualTo("1");
    RecordedRequest sent = crm.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getPath()).isEqualTo("/api/search?q=FIND%20%7B%2B49%2030%7D%20%26%20co");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer test-token");
    assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("call-7");
    assertThat(sent.getBody().readUtf8()).isEqualTo("{\"name\":\"Anna\"}");
  }

  @Test
  void aPutWithoutBodySendsAnEmptyOneAndAGetSendsNone() throws Exception {
    crm.enqueue(new MockResponse().setResponseCode(204));
    crm.enqueue(new MockResponse().setBody("{}"));

    JsonResponse put = http.send("PUT", url("/assoc/1/2"), null, TOKEN);
    http.get(url("/contacts/1"), TOKEN);

    assertThat(put.body().isMissingNode()).isTrue();
    RecordedRequest first = crm.takeRequest();
    assertThat(first.getMethod()).isEqualTo("PUT");
    assertThat(first.getBodySize()).isZero();
    RecordedRequest second = crm.takeRequest();
    assertThat(second.getMethod()).isEqualTo("GET");
    assertThat(second.getHeader("Content-Type")).isNull();
  }

  @Test
  void notFoundAndConflictComeBackForTheConnectorToRead() throws Exception {
    crm.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":\"NOT_FOUND\"}"));
    crm.enqueue(new MockResponse().setResponseCode(409).setBody("{\"existing\":\"733\"}"));
    crm.enqueue(new MockResponse().setResponseCode(404));

    JsonResponse notFound = http.get(url("/contacts/9"), TOKEN);
    JsonResponse conflict = http.send("POST", url("/contacts"), null, TOKEN);
    JsonResponse bare = http.get(url("/contacts/9"), TOKEN);

    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.isSuccessful()).isFalse();
    assertThat(notFound.body().path("error").asText()).isEqualTo("NOT_FOUND");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().path("existing").asText()).isEqualTo("733");
    assertThat(bare.body().isMissingNode()).isTrue();
  }

  @Test
  void otherClientErrorsAreRejectedWithoutTheirBody() {
    for (int status : new int[] {400, 403, 405, 410, 422}) {
      crm.enqueue(
          new MockResponse().setResponseCode(status).setBody("{\"message\":\"bad +4930123\"}"));

      assertThatThrownBy(() -> http.get(url("/search"), TOKEN))
          .isInstanceOfSatisfying(
              CrmCallFailure.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.getMessage()).contains(String.valueOf(status)).doesNotContain("4930");
              });
    }
  }

  @Test
  void rateLimitsAndServerErrorsAreUnavailableWithTheirRetryAfter() {
    crm.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10"));
    crm.enqueue(
        new MockResponse()
            .setResponseCode(503)
            .setHeader("Retry-After", "Tue, 24 Nov 2026 10:02:00 GMT"));
    crm.enqueue(new MockResponse().setResponseCode(500));

    CrmCallFailure limited = failure();
    CrmCallFailure down = failure();
    CrmCallFailure broken = failure();

    assertThat(limited.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE);
    assertThat(limited.getMessage()).contains("429", "rate limited");
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.retryAfter()).isEqualTo(Duration.ofMinutes(2));
    assertThat(broken.isRetryable()).isTrue();
    assertThat(broken.retryAfter()).isNull();

    DirectoryException lookup = limited.toDirectoryException();
    assertThat(lookup.isRetryable()).isTrue();
    assertThat(lookup.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    CallLogException logging = limited.toCallLogException();
    assertThat(logging.isRetryable()).isTrue();
    assertThat(logging.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(crm.getRequestCount()).as("nothing retried inside CrmHttp").isEqualTo(3);
  }

  @Test
  void a401WithoutRenewableCredentialsIsRejectedAtOnce() {
    crm.enqueue(new MockResponse().setResponseCode(401));

    CrmCallFailure refused = failure();

    assertThat(refused.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
    assertThat(refused.getMessage()).contains("refused the credentials (401)");
    assertThat(refused.toCallLogException().isRetryable()).isFalse();
    assertThat(crm.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a401RenewsTheCredentialsOnceAndSendsTheRequestAgain() throws Exception {
    Renewing renewing = new Renewing();
    crm.enqueue(new MockResponse().setResponseCode(401));
    crm.enqueue(new MockResponse().setBody("{\"ok\":true}"));

    JsonResponse answer =
        http.send("POST", url("/search"), JSON.readTree("{\"q\":1}"), renewing.credentials);

    assertThat(answer.body().path("ok").asBoolean()).isTrue();
    assertThat(renewing.renewals.get()).isEqualTo(1);
    assertThat(crm.takeRequest().getHeader("Authorization")).isEqualTo("Bearer token-0");
    RecordedRequest again = crm.takeRequest();
    assertThat(again.getHeader("Authorization")).isEqualTo("Bearer token-1");
    assertThat(again.getBody().readUtf8()).isEqualTo("{\"q\":1}");
  }

  @Test
  void a401AfterRenewingStands() {
    Renewing renewing = new Renewing();
    crm.enqueue(new MockResponse().setResponseCode(401));
    crm.enqueue(new MockResponse().setResponseCode(401));
    crm.enqueue(new MockResponse().setBody("{}"));

    assertThatThrownBy(() -> http.get(url("/search"), renewing.credentials))
        .isInstanceOfSatisfying(
            CrmCallFailure.class,
            e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED));
    assertThat(renewing.renewals.get()).isEqualTo(1);
    assertThat(crm.getRequestCount()).isEqualTo(2);
  }

  private CrmCallFailure failure() {
    try {
      http.get(url("/search"), TOKEN);
    } catch (CrmCallFailure failure) {
      return failure;
    }
    throw new AssertionError("the request succeeded");
  }

  /** OAuth-like credentials: each renewal gives a new token. */
  private static final class Renewing {
    final AtomicInteger renewals = new AtomicInteger();
    final Credentials credentials =
        new Credentials() {
          @Override
          public void apply(Request.Builder request) {
            request.header("Authorization", "Bearer token-" + renewals.get());
          }

          @Override
          public boolean renewAfterRejection() {
            renewals.incrementAndGet();
            return true;
          }
        };
  }
}
