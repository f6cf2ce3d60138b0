package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.GenericRestTestCrm.JSON;
import static org.switchboard.crm.GenericRestTestCrm.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallRecord;

/**
 * Wrap-ups sent to an in-house CRM: the mapped body, the Idempotency-Key, and what 404/409 mean.
 */
class GenericRestCallLogTest {
  private GenericRestTestCrm crm;

  @BeforeEach
  void start() throws Exception {
    crm = new GenericRestTestCrm();
  }

  @AfterEach
  void stop() throws Exception {
    crm.close();
  }

  private CrmConnector withEveryField() {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.logBody =
        Map.ofEntries(
            Map.entry("/externalId", "key"),
            Map.entry("/call/direction", "direction"),
            Map.entry("/call/from", "from"),
            Map.entry("/call/to", "to"),
            Map.entry("/call/startedAt", "start"),
            Map.entry("/call/seconds", "durationSeconds"),
            Map.entry("/call/queue", "queue"),
            Map.entry("/outcome/code", "disposition"),
            Map.entry("/outcome/notes", "notes"),
            Map.entry("/outcome/tags", "tags"),
            Map.entry("/call/recording", "recordingLink"),
            Map.entry("/agent", "agent"),
            Map.entry("/customerRef", "customerId"));
    return crm.connector(settings.build());
  }

  private static void assertRetryable(CrmConnector rest, CallRecord record, boolean retryable) {
    assertThatThrownBy(() -> rest.callLog().write(record))
        .isInstanceOfSatisfying(
            CallLogException.class, e -> assertThat(e.isRetryable()).isEqualTo(retryable));
  }

  @Test
  void everyCallFieldGoesWhereTheMappingPointsIt() throws Exception {
    crm.server.enqueue(new MockResponse().setResponseCode(201).setBody("{\"id\": 88}"));

    withEveryField().callLog().write(record("call-2026-11-23-0001"));

    RecordedRequest request = crm.server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/api/calls");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + GenericRestTestCrm.TOKEN);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(JSON.readTree(request.getBody().readUtf8()))
        .isEqualTo(
            JSON.readTree(
                """
                {"externalId": "call-2026-11-23-0001",
                 "call": {"direction": "inbound", "from": "+49301234567", "to": "1020",
                          "startedAt": "2026-11-23T10:00:00Z", "seconds": 95,
                          "queue": "support-de",
                          "recording": "https://recordings.example.com/r/77"},
                 "outcome": {"code": "resolved", "notes": "Refund sent", "tags": ["vip", "refund"]},
                 "agent": "Agent Smith",
                 "customerRef": "C-1042"}
                """));
  }

  @Test
  void absentOptionalFieldsAreSentAsNull() throws Exception {
    crm.server.enqueue(new MockResponse().setResponseCode(204));
    CallRecord bare =
        new CallRecord(
            "k-1",
            CallDirection.OUTBOUND,
            "1020",
            "+4940123456",
            Instant.parse("2026-11-23T11:00:00Z"),
            Duration.ZERO,
            null,
            null,
            "",
            List.of(),
            null,
            "Agent Smith",
            null);

    withEveryField().callLog().write(bare);

    JsonNode body = JSON.readTree(crm.server.takeRequest().getBody().readUtf8());
    assertThat(body.path("call").path("direction").asText()).isEqualTo("outbound");
    assertThat(body.path("call").get("queue").isNull()).isTrue();
    assertThat(body.path("call").get("recording").isNull()).isTrue();
    assertThat(body.path("outcome").get("code").isNull()).isTrue();
    assertThat(body.get("customerRef").isNull()).isTrue();
    assertThat(body.path("outcome").path("tags").isArray()).isTrue();
    assertThat(body.path("outcome").path("tags")).isEmpty();
  }

  @Test
  void aRetryAfterAResetOrAnOutageSendsTheSameKeyAndTheSameBody() throws Exception {
    CrmConnector rest = crm.connector();
    crm.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    crm.server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "30"));
    crm.server.enqueue(new MockResponse().setResponseCode(201));

    assertRetryable(rest, record("call-7"), true);
    assertThatThrownBy(() -> rest.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    rest.callLog().write(record("call-7"));

    List<RecordedRequest> sent =
        List.of(crm.server.takeRequest(), crm.server.takeRequest(), crm.server.takeRequest());
    assertThat(sent)
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsExactly("call-7", "call-7", "call-7");
    assertThat(sent)
        .extracting(r -> r.getBody().readUtf8())
        .containsOnly("{\"call\":{\"id\":\"call-7\",\"notes\":\"Refund sent\"}}");
  }

  @Test
  void aPutTemplateCarriesTheKeyInOnePathSegment() throws Exception {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.logUrl = crm.base() + "/api/calls/{key}?upsert=true";
    settings.logMethod = "put";
    crm.server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));

    crm.connector(settings.build()).callLog().write(record("sip:call/7?x=1#frag"));

    RecordedRequest request = crm.server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getPath()).isEqualTo("/api/calls/sip:call%2F7%3Fx=1%23frag?upsert=true");
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("sip:call/7?x=1#frag");
  }

  @Test
  void aKeyThatWouldBeADotSegmentIsParkedWithoutARequest() {
    GenericRestTestCrm.Settings settings = crm.settings();
    settings.logUrl = crm.base() + "/api/calls/{key}";
    settings.logMethod = "PUT";

    assertThatThrownBy(() -> crm.connector(settings.build()).callLog().write(record("..")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage()).contains("crm.rest.logUrl");
            });
    assertThat(crm.server.getRequestCount()).isZero();
  }

  @Test
  void a404MeansTheLogUrlIsWrongSoTheRecordIsParked() {
    crm.server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":\"no route\"}"));

    assertThatThrownBy(() -> crm.connector().callLog().write(record("k")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage()).contains("crm.rest.logUrl", "404");
            });
  }

  @Test
  void a409MeansTheSameKeyIsInFlightSoTheRecordIsRetriedUntilItLands() throws Exception {
    CrmConnector rest = crm.connector();
    crm.server.enqueue(new MockResponse().setResponseCode(409));
    crm.server.enqueue(new MockResponse().setResponseCode(200));

    assertThatThrownBy(() -> rest.callLog().write(record("k-409")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.getMessage()).contains("crm.rest.logUrl", "409");
            });
    rest.callLog().write(record("k-409"));

    assertThat(crm.server.takeRequest().getHeader("Idempotency-Key")).isEqualTo("k-409");
    assertThat(crm.server.takeRequest().getHeader("Idempotency-Key")).isEqualTo("k-409");
  }

  @Test
  void otherRefusalsAreParkedAndRateLimitsRetriedAfterTheirDelay() {
    CrmConnector rest = crm.connector();
    crm.server.enqueue(new MockResponse().setResponseCode(422).setBody("{\"error\":\"bad\"}"));
    crm.server.enqueue(new MockResponse().setResponseCode(403));
    crm.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "12"));

    assertRetryable(rest, record("k"), false);
    assertRetryable(rest, record("k"), false);
    assertThatThrownBy(() -> rest.callLog().write(record("k")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(12));
            });
  }
}
