package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.HubSpotTestPortal.JSON;
import static org.switchboard.crm.HubSpotTestPortal.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallRecord;

/** HubSpot as the call log: calls upserted on our key, associated with the contact. */
class HubSpotCallLogTest {
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

  private static CallRecord record(String key, @Nullable CustomerId customer) {
    return new CallRecord(
        key,
        CallDirection.INBOUND,
        "+49301234567",
        "1020",
        Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofSeconds(95),
        "billing",
        "resolved",
        "Refund sent",
        List.of("vip", "refund"),
        URI.create("https://rec.example/r/1"),
        "Agent Smith",
        customer);
  }

  private static CallRecord record(String key) {
    return record(key, new CustomerId("hubspot", "512"));
  }

  private void enqueueLogged() {
    portal.server.enqueue(fixture("calls-upsert.json"));
    portal.server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));
  }

  @Test
  void aCallIsUpsertedOnTheCallKeyWithTheDocumentedCallProperties() throws Exception {
    enqueueLogged();

    crm.callLog().write(record("call-7"));

    RecordedRequest upsert = portal.server.takeRequest();
    assertThat(upsert.getMethod()).isEqualTo("POST");
    assertThat(upsert.getPath()).isEqualTo("/crm/v3/objects/calls/batch/upsert");
    assertThat(upsert.getHeader("Authorization")).isEqualTo("Bearer test-token");
    JsonNode inputs = JSON.readTree(upsert.getBody().readUtf8()).path("inputs");
    assertThat(inputs).hasSize(1);
    JsonNode input = inputs.path(0);
    assertThat(input.path("idProperty").asText()).isEqualTo("switchboard_call_key");
    assertThat(input.path("id").asText()).isEqualTo("call-7");
    JsonNode p = input.path("properties");
    assertThat(p.path("switchboard_call_key").asText()).isEqualTo("call-7");
    assertThat(p.path("hs_timestamp").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(p.path("hs_call_title").asText()).isEqualTo("Inbound call (billing)");
    assertThat(p.path("hs_call_direction").asText()).isEqualTo("INBOUND");
    assertThat(p.path("hs_call_duration").asText()).isEqualTo("95000");
    assertThat(p.path("hs_call_from_number").asText()).isEqualTo("+49301234567");
    assertThat(p.path("hs_call_to_number").asText()).isEqualTo("1020");
    assertThat(p.path("hs_call_recording_url").asText()).isEqualTo("https://rec.example/r/1");
    assertThat(p.path("hs_call_status").asText()).isEqualTo("COMPLETED");
    assertThat(p.path("hs_call_disposition").asText())
        .as("the settings map Resolved, whatever the case")
        .isEqualTo(HubSpotTestPortal.RESOLVED_OUTCOME);
    assertThat(p.path("hs_call_body").asText())
        .contains(
            "Refund sent", "Disposition: resolved", "Tags: vip, refund", "Agent: Agent Smith");
  }

  @Test
  void theCallIsAssociatedWithTheChosenContactByTheDefaultAssociation() throws Exception {
    enqueueLogged();

    crm.callLog().write(record("call-7"));

    portal.server.takeRequest();
    RecordedRequest associate = portal.server.takeRequest();
    assertThat(associate.getMethod()).isEqualTo("PUT");
    assertThat(associate.getPath())
        .isEqualTo("/crm/v4/objects/calls/88001/associations/default/contacts/512");
    assertThat(associate.getHeader("Authorization")).isEqualTo("Bearer test-token");
  }

  @Test
  void aCallWithoutAHubSpotContactIsLoggedUnassociated() throws Exception {
    portal.server.enqueue(fixture("calls-upsert.json"));
    portal.server.enqueue(fixture("calls-upsert.json"));

    crm.callLog().write(record("call-8", null));
    crm.callLog().write(record("call-9", new CustomerId("local", "512")));

    assertThat(portal.server.getRequestCount()).isEqualTo(2);
    assertThat(portal.server.takeRequest().getPath()).endsWith("/batch/upsert");
    assertThat(portal.server.takeRequest().getPath()).endsWith("/batch/upsert");
  }

  @Test
  void anUnknownDispositionStaysInTheNotesOnly() throws Exception {
    enqueueLogged();
    CallRecord r = record("call-7");
    CallRecord other =
        new CallRecord(
            r.key(),
            r.direction(),
            r.from(),
            r.to(),
            r.start(),
            r.duration(),
            null,
            "callback",
            "",
            List.of(),
            null,
            r.agent(),
            r.customer());

    crm.callLog().write(other);

    JsonNode p =
        JSON.readTree(portal.server.takeRequest().getBody().readUtf8()).at("/inputs/0/properties");
    assertThat(p.has("hs_call_disposition")).isFalse();
    assertThat(p.has("hs_call_recording_url")).isFalse();
    assertThat(p.path("hs_call_title").asText()).isEqualTo("Inbound call");
    assertThat(p.path("hs_call_body").asText())
        .isEqualTo("Disposition: callback\nAgent: Agent Smith");
  }

  @Test
  void loggingTheSameCallTwiceSendsTheSameUpsertAndNeverACreate() throws Exception {
    enqueueLogged();
    enqueueLogged();

    crm.callLog().write(record("call-7"));
    crm.callLog().write(record("call-7"));

    RecordedRequest first = portal.server.takeRequest();
    RecordedRequest firstAssociation = portal.server.takeRequest();
    RecordedRequest second = portal.server.takeRequest();
    RecordedRequest secondAssociation = portal.server.takeRequest();
    assertThat(second.getPath()).isEqualTo(first.getPath());
    assertThat(second.getBody().readUtf8()).isEqualTo(first.getBody().readUtf8());
    assertThat(secondAssociation.getPath()).isEqualTo(firstAssociation.getPath());
    assertThat(List.of(first, firstAssociation, second, secondAssociation))
        .extracting(RecordedRequest::getPath)
        .as("no plain create (POST /crm/v3/objects/calls) that could duplicate")
        .doesNotContain("/crm/v3/objects/calls");
  }

  @Test
  void aRetryAfterTheAnswerWasLostIsTheSameUpsert() throws Exception {
    portal.server.enqueue(
        fixture("calls-upsert.json").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    enqueueLogged();

    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    crm.callLog().write(record("call-7"));

    String lost = portal.server.takeRequest().getBody().readUtf8();
    assertThat(portal.server.takeRequest().getBody().readUtf8()).isEqualTo(lost);
  }

  @Test
  void aRateLimitIsRetryableAfterTheServersRetryAfter() {
    portal.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10"));
    portal.server.enqueue(new MockResponse().setResponseCode(503));

    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
            });
    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
  }

  @Test
  void aRefusedCallIsParkedNamingTheCategoryButNotTheMessage() {
    portal.server.enqueue(fixture("calls-upsert-error.json").setResponseCode(207));

    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage()).contains("refused the call (VALIDATION_ERROR)");
              assertThat(e.getMessage()).doesNotContain("+49301234567", "hs_call_disposition");
            });
    assertThat(portal.server.getRequestCount()).as("no association for no call").isEqualTo(1);
  }

  @Test
  void aConflictingWriteIsRetriedAndABadRequestIsNot() {
    portal.server.enqueue(new MockResponse().setResponseCode(409).setBody("{}"));
    portal.server.enqueue(new MockResponse().setResponseCode(400).setBody("{}"));

    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(CallLogException.class, e -> assertThat(e.isRetryable()).isFalse());
  }

  @Test
  void anUpsertAnswerWithoutTheCallsIdIsMalformedAndNotAssociated() {
    portal.server.enqueue(new MockResponse().setBody("{\"status\":\"COMPLETE\",\"results\":[]}"));

    assertThatThrownBy(() -> crm.callLog().write(record("call-7")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> assertThat(e.getMessage()).contains("without the call's id"));
    assertThat(portal.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDeletedContactDoesNotFailALoggedCall() throws Exception {
    portal.server.enqueue(fixture("calls-upsert.json"));
    portal.server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));

    crm.callLog().write(record("call-7"));

    assertThat(portal.server.getRequestCount()).isEqualTo(2);
  }
}
