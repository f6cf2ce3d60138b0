package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.switchboard.crm.GenericRestTestCrm.fixture;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.crm.internal.http.HttpPolicy;

/** A slow, failing, lying or redirecting in-house CRM never yields a wrong card or hangs. */
class GenericRestFailuresTest {
  private static final PhoneNumber ANNA = new PhoneNumber("+49301234567");

  private GenericRestTestCrm crm;
  private CrmConnector rest;

  @BeforeEach
  void start() throws Exception {
    crm = new GenericRestTestCrm();
    rest = crm.connector();
  }

  @AfterEach
  void stop() throws Exception {
    crm.close();
  }

  private static DirectoryException lookupFails(CrmConnector connector, Kind kind) {
    DirectoryException e =
        catchThrowableOfType(
            () -> connector.directory().findByPhone(ANNA), DirectoryException.class);
    assertThat(e).as("the lookup fails").isNotNull();
    assertThat(e.kind()).isEqualTo(kind);
    return e;
  }

  @Test
  void rateLimitsAndOutagesAreUnavailableWithTheServersRetryAfter() {
    crm.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
    crm.server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
    crm.server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"boom\"}"));

    DirectoryException limited = lookupFails(rest, Kind.UNAVAILABLE);
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(limited.getMessage()).contains("127.0.0.1", "429");
    assertThat(lookupFails(rest, Kind.UNAVAILABLE).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(lookupFails(rest, Kind.UNAVAILABLE).getMessage()).contains("500");
  }

  @Test
  void aSlowAnswerASlowBodyOrATrickleIsCutOffByTheCallTimeout() {
    CrmConnector impatient =
        crm.connector(
            crm.settings().build(), HttpPolicy.defaults().withCallTimeout(Duration.ofMillis(300)));
    crm.server.enqueue(fixture("customers-one.json").setHeadersDelay(2, TimeUnit.SECONDS));
    crm.server.enqueue(fixture("customers-one.json").setBodyDelay(2, TimeUnit.SECONDS));
    crm.server.enqueue(fixture("customers-one.json").throttleBody(16, 1, TimeUnit.SECONDS));

    for (int i = 0; i < 3; i++) {
      assertThat(lookupFails(impatient, Kind.UNAVAILABLE).getMessage()).contains("300 ms");
    }
  }

  @Test
  void aConnectionResetBeforeOrDuringTheAnswerIsUnavailable() {
    crm.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    crm.server.enqueue(
        fixture("customers-one.json")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    lookupFails(rest, Kind.UNAVAILABLE);
    lookupFails(rest, Kind.UNAVAILABLE);
  }

  @Test
  void brokenOrWronglyShapedAnswersAreMalformed() {
    crm.server.enqueue(new MockResponse().setBody("{\"data\": {\"customers\": [ {\"ref\": "));
    crm.server.enqueue(new MockResponse().setBody("<html>Maintenance</html>"));
    crm.server.enqueue(new MockResponse().setBody("{\"data\": {\"customers\": {}}}"));
    crm.server.enqueue(new MockResponse().setBody("{\"results\": []}"));
    crm.server.enqueue(new MockResponse().setBody(""));

    assertThat(lookupFails(rest, Kind.MALFORMED).getMessage()).contains("not JSON");
    assertThat(lookupFails(rest, Kind.MALFORMED).getMessage()).contains("not JSON");
    for (int i = 0; i < 3; i++) {
      assertThat(lookupFails(rest, Kind.MALFORMED).getMessage())
          .contains("crm.rest.fields.results (/data/customers)");
    }
  }

  @Test
  void aResultWithoutTheRequiredFieldsIsMalformedNamingTheSettingAndPointer() {
    crm.server.enqueue(fixture("customers-without-name.json"));
    crm.server.enqueue(fixture("customers-without-id.json"));

    assertThat(lookupFails(rest, Kind.MALFORMED).getMessage())
        .contains("crm.rest.fields.name (/person/display)")
        .doesNotContain("Anna");
    assertThat(lookupFails(rest, Kind.MALFORMED).getMessage())
        .contains("crm.rest.fields.id (/ref)");
  }

  @Test
  void anOversizedAnswerIsRefused() {
    CrmConnector small =
        crm.connector(crm.settings().build(), HttpPolicy.defaults().withMaxResponseBytes(1024));
    crm.server.enqueue(
        new MockResponse()
            .setBody("{\"data\":{\"customers\":[]},\"pad\":\"" + "x".repeat(5000) + "\"}"));

    assertThat(lookupFails(small, Kind.MALFORMED).getMessage()).contains("larger than 1024 bytes");
  }

  @Test
  void aRedirectToAnotherHostIsRefusedAndNeverFollowed() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start(InetAddress.getLoopbackAddress(), 0);
      elsewhere.enqueue(fixture("customers-one.json"));
      crm.server.enqueue(
          new MockResponse()
              .setResponseCode(307)
              .setHeader("Location", elsewhere.url("/api/people?phone=%2B49301234567")));

      assertThat(lookupFails(rest, Kind.REJECTED).getMessage()).contains("refused");
      assertThat(elsewhere.getRequestCount()).as("the other port never saw the token").isZero();
    }
  }

  @Test
  void aRedirectOnTheSameHostIsFollowed() throws Exception {
    crm.server.enqueue(
        new MockResponse().setResponseCode(301).setHeader("Location", "/v2/people?phone=x"));
    crm.server.enqueue(fixture("customers-one.json"));

    assertThat(rest.directory().findByPhone(ANNA)).hasSize(1);
    crm.server.takeRequest();
    assertThat(crm.server.takeRequest().getPath()).isEqualTo("/v2/people?phone=x");
  }

  @Test
  void refusedCredentialsAndOtherRefusalsAreRejectedWithoutTheNumberOrToken() {
    crm.server.enqueue(new MockResponse().setResponseCode(401));
    crm.server.enqueue(
        new MockResponse().setResponseCode(400).setBody("{\"error\":\"bad +49301234567\"}"));

    assertThat(lookupFails(rest, Kind.REJECTED).getMessage()).contains("401");
    assertThat(lookupFails(rest, Kind.REJECTED).getMessage())
        .contains("400")
        .doesNotContain("49301234567")
        .doesNotContain(GenericRestTestCrm.TOKEN);
  }
}
