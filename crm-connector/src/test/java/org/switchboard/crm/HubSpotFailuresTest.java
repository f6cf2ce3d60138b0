package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.HubSpotTestPortal.fixture;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.HttpPolicy;

/** A slow, failing, lying or redirecting HubSpot never yields a wrong card or hangs a lookup. */
class HubSpotFailuresTest {
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");

  private HubSpotTestPortal portal;
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    portal = new HubSpotTestPortal();
    crm = portal.connector();
  }

  @AfterEach
  void stop() throws Exception {
    portal.close();
  }

  private static void assertLookupFails(CrmConnector connector, DirectoryException.Kind kind) {
    assertThatThrownBy(() -> connector.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  @Test
  void rateLimitsAndOutagesAreRetryableWithTheServersRetryAfter() {
    portal.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10"));
    portal.server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
    portal.server.enqueue(
        new MockResponse().setResponseCode(500).setBody("{\"status\":\"error\"}"));

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
    assertLookupFails(crm, DirectoryException.Kind.UNAVAILABLE);
  }

  @Test
  void aSlowAnswerOrASlowBodyIsCutOffByTheCallTimeout() {
    CrmConnector impatient =
        portal.connector(
            Credentials.none(), HttpPolicy.defaults().withCallTimeout(Duration.ofMillis(300)));
    portal.server.enqueue(fixture("search-one.json").setHeadersDelay(2, TimeUnit.SECONDS));
    portal.server.enqueue(fixture("search-one.json").setBodyDelay(2, TimeUnit.SECONDS));
    portal.server.enqueue(fixture("search-one.json").throttleBody(16, 1, TimeUnit.SECONDS));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> impatient.directory().findByPhone(ANNA))
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
    portal.server.enqueue(
        new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    portal.server.enqueue(
        fixture("search-one.json").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    assertLookupFails(crm, DirectoryException.Kind.UNAVAILABLE);
    assertLookupFails(crm, DirectoryException.Kind.UNAVAILABLE);
  }

  @Test
  void brokenOrWronglyShapedAnswersAreRefusedAsMalformed() {
    portal.server.enqueue(new MockResponse().setBody("{\"results\": [ {\"id\": \"1\", "));
    portal.server.enqueue(new MockResponse().setBody("{\"total\": 1}"));
    portal.server.enqueue(new MockResponse().setBody("{\"results\": {\"id\": \"1\"}}"));
    portal.server.enqueue(new MockResponse().setBody("{\"results\": [ {\"properties\": {}} ]}"));
    portal.server.enqueue(new MockResponse().setBody("[]"));

    for (int i = 0; i < 5; i++) {
      assertLookupFails(crm, DirectoryException.Kind.MALFORMED);
    }
  }

  @Test
  void anOversizedAnswerIsRefused() {
    CrmConnector small =
        portal.connector(Credentials.none(), HttpPolicy.defaults().withMaxResponseBytes(1024));
    portal.server.enqueue(
        new MockResponse().setBody("{\"results\":[],\"pad\":\"" + "x".repeat(5000) + "\"}"));

    assertThatThrownBy(() -> small.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.MALFORMED);
              assertThat(e.getMessage()).contains("larger than 1024 bytes");
            });
  }

  @Test
  void aRedirectToAnotherHostIsRefusedAndNotFollowed() {
    portal.server.enqueue(
        new MockResponse()
            .setResponseCode(302)
            .setHeader("Location", "https://evil.example/crm/v3/objects/contacts/search"));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage()).contains("evil.example", "refused");
            });
    assertThat(portal.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a401RenewsTheCredentialsOnceAndRetries() throws Exception {
    AtomicInteger renewals = new AtomicInteger();
    Credentials refreshing =
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
    CrmConnector oauth = portal.connector(refreshing, HttpPolicy.defaults());
    portal.server.enqueue(new MockResponse().setResponseCode(401));
    portal.server.enqueue(fixture("search-one.json"));
    portal.server.enqueue(new MockResponse().setResponseCode(401));
    portal.server.enqueue(new MockResponse().setResponseCode(401));

    assertThat(oauth.directory().findByPhone(ANNA)).hasSize(1);
    assertThat(portal.server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer token-0");
    assertThat(portal.server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer token-1");
    assertLookupFails(oauth, DirectoryException.Kind.REJECTED);
    assertThat(renewals.get()).as("once per request").isEqualTo(2);
    assertThat(portal.server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void failuresNeverCarryTheNumberOrTheToken() {
    portal.server.enqueue(
        new MockResponse().setResponseCode(400).setBody("{\"message\":\"bad +49301234567\"}"));

    assertThatThrownBy(() -> crm.directory().findByPhone(ANNA))
        .isInstanceOfSatisfying(
            DirectoryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DirectoryException.Kind.REJECTED);
              assertThat(e.getMessage())
                  .doesNotContain("+49301234567")
                  .doesNotContain(HubSpotTestPortal.TOKEN);
            });
  }
}
