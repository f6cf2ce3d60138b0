package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.HttpPolicy;

/** A slow, failing, lying or redirecting Salesforce never yields a wrong card or hangs a lookup. */
class SalesforceFailuresTest {
  private static final String SEARCH_ONE = "/org/switchboard/crm/salesforce/search-one.json";
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");
  private static final String INVALID_SESSION =
      "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

  private SalesforceTestOrg org;
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    org = new SalesforceTestOrg();
    crm = org.connector(Credentials.none(), HttpPolicy.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    org.close();
  }

  private void assertLookupFails(DirectoryException.Kind kind) {
    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  @Test
  void rateLimitsAndOutagesAreRetryableWithTheServersRetryAfter() {
    org.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10"));
    org.server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
    org.server.enqueue(
        new MockResponse()
            .setResponseCode(500)
            .setBody("[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"boom\"}]"));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE);
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
              assertThat(e.getMessage()).contains("429");
            });
    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.getMessage()).contains("500").doesNotContain("boom");
            });
  }

  @Test
  void aSlowAnswerOrASlowBodyIsCutOffByTheCallTimeout() {
    crm =
        org.connector(
            Credentials.none(), HttpPolicy.defaults().withCallTimeout(Duration.ofMillis(300)));
    org.server.enqueue(Fixtures.json(SEARCH_ONE).setHeadersDelay(2, TimeUnit.SECONDS));
    org.server.enqueue(Fixtures.json(SEARCH_ONE).throttleBody(16, 1, TimeUnit.SECONDS));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
          .isInstanceOfSatisfying(
              DirectoryException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DirectoryException.Kind.UNAVAILABLE);
                assertThat(e.getMessage()).contains("300 ms");
              });
    }
  }

  @Test
  void aConnectionResetBeforeOrDuringTheAnswerIsRetryable() {
    org.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    org.server.enqueue(
        Fixtures.json(SEARCH_ONE).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    assertLookupFails(DirectoryException.Kind.UNAVAILABLE);
    assertLookupFails(DirectoryException.Kind.UNAVAILABLE);
  }

  @Test
  void brokenOrWronglyShapedAnswersAreRefusedAsMalformed() {
    org.server.enqueue(new MockResponse().setBody("{\"searchRecords\": [ {\"Id\": \"003"));
    org.server.enqueue(new MockResponse().setBody("{\"totalSize\": 1}"));
    // Before API v37.0 a search answered a bare array; this connector asks for a later version.
    org.server.enqueue(new MockResponse().setBody("[]"));
    org.server.enqueue(
        new MockResponse()
            .setBody("{\"searchRecords\": [ {\"attributes\": {\"type\": \"Lead\"}} ]}"));
    org.server.enqueue(new MockResponse().setBody("{\"searchRecords\": [ {\"Id\": \"003\"} ]}"));
    org.server.enqueue(new MockResponse().setBody("<html>maintenance</html>"));

    for (int i = 0; i < 6; i++) {
      assertLookupFails(DirectoryException.Kind.MALFORMED);
    }
  }

  @Test
  void detailsWithoutRecordsAreRefusedAsMalformed() {
    org.server.enqueue(new MockResponse().setBody("{\"totalSize\": 0, \"done\": true}"));
    Customer anna = Customer.named(new CustomerId("salesforce", "0035g00000Qx1AbAAJ"), "Anna");

    assertThatThrownBy(() -> crm.directory().details(anna))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.MALFORMED));
  }

  @Test
  void anOversizedAnswerIsRefused() {
    crm = org.connector(Credentials.none(), HttpPolicy.defaults().withMaxResponseBytes(1024));
    org.server.enqueue(
        new MockResponse().setBody("{\"searchRecords\":[],\"pad\":\"" + "x".repeat(5000) + "\"}"));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.MALFORMED);
              assertThat(e.getMessage()).contains("larger than 1024 bytes");
            });
  }

  @Test
  void aRedirectToAnotherHostIsRefusedAndNotFollowed() {
    org.server.enqueue(
        new MockResponse()
            .setResponseCode(302)
            .setHeader("Location", "https://login.evil.example/services/data/v60.0/search/"));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("login.evil.example", "refused");
            });
    assertThat(org.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anExpiredSessionIsRenewedOnceAndTheSearchSentAgain() throws Exception {
    AtomicInteger renewals = new AtomicInteger();
    Credentials refreshing =
        new Credentials() {
          @Override
          public void apply(Request.Builder request) {
            request.header("Authorization", "Bearer session-" + renewals.get());
          }

          @Override
          public boolean renewAfterRejection() {
            renewals.incrementAndGet();
            return true;
          }
        };
    CrmConnector oauth = org.connector(refreshing, HttpPolicy.defaults());
    org.server.enqueue(new MockResponse().setResponseCode(401).setBody(INVALID_SESSION));
    org.server.enqueue(Fixtures.json(SEARCH_ONE));
    org.server.enqueue(new MockResponse().setResponseCode(401).setBody(INVALID_SESSION));
    org.server.enqueue(new MockResponse().setResponseCode(401).setBody(INVALID_SESSION));

    assertThat(oauth.directory().findByPhone(ANNA)).hasSize(1);
    RecordedRequest rejected = org.server.takeRequest();
    RecordedRequest again = org.server.takeRequest();
    assertThat(rejected.getHeader("Authorization")).isEqualTo("Bearer session-0");
    assertThat(again.getHeader("Authorization")).isEqualTo("Bearer session-1");
    assertThat(again.getPath()).isEqualTo(rejected.getPath());
    assertThatThrownBy(() -> oauth.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED));
    assertThat(renewals.get()).isEqualTo(2);
    assertThat(org.server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void anExpiredSessionIsRejected() {
    org.server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setBody(
                "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));

    assertLookupFails(DirectoryException.Kind.REJECTED);
  }
}
