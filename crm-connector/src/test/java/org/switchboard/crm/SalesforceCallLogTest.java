package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.SalesforceTestOrg.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.HttpPolicy;

/** Calls logged as Salesforce call Tasks, upserted on the External ID field holding our key. */
class SalesforceCallLogTest {
  private static final String FIXTURES = "/org/switchboard/crm/salesforce/";
  private static final String TASK_PATH =
      "/services/data/v60.0/sobjects/Task/Switchboard_Call_Key__c/";
  private static final CustomerId ANNA = new CustomerId("salesforce", "0035g00000Qx1AbAAJ");

  private SalesforceTestOrg org;
  private CrmConnector crm;

  @BeforeEach
  void start() throws Exception {
    org = new SalesforceTestOrg();
    crm = org.connector(Credentials.bearer(Secret.of("sf-access-token")), HttpPolicy.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    org.close();
  }

  private static MockResponse fixture(String name, int status) {
    return Fixtures.json(FIXTURES + name).setResponseCode(status);
  }

  private static CallRecord record(
      String key, CallDirection direction, Instant start, @Nullable CustomerId customer) {
    return new CallRecord(
        key,
        direction,
        "+49301234567",
        "1020",
        start,
        Duration.ofSeconds(95),
        "billing",
        "Resolved",
        "Refund sent",
        List.of("vip", "refund"),
        URI.create("https://rec.example/r/1"),
        "Agent Smith",
        customer);
  }

  private static CallRecord inbound(String key) {
    return record(key, CallDirection.INBOUND, Instant.parse("2026-11-23T10:00:00Z"), ANNA);
  }

  @Test
  void aNewCallBecomesACompletedCallTaskUpsertedOnItsKey() throws Exception {
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(fixture("task-created.json", 201));

    crm.callLog().write(inbound("call-7"));

    RecordedRequest lookup = org.server.takeRequest();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getPath()).isEqualTo(TASK_PATH + "call-7?fields=Id");
    RecordedRequest upsert = org.server.takeRequest();
    assertThat(upsert.getMethod()).isEqualTo("PATCH");
    assertThat(upsert.getPath()).isEqualTo(TASK_PATH + "call-7");
    assertThat(upsert.getHeader("Authorization")).isEqualTo("Bearer sf-access-token");
    assertThat(upsert.getHeader("Content-Type")).startsWith("application/json");
    JsonNode task = JSON.readTree(upsert.getBody().readUtf8());
    assertThat(task.path("Subject").asText()).isEqualTo("Inbound call (billing)");
    assertThat(task.path("TaskSubtype").asText()).isEqualTo("Call");
    assertThat(task.path("CallType").asText()).isEqualTo("Inbound");
    assertThat(task.path("CallDurationInSeconds").asInt()).isEqualTo(95);
    assertThat(task.path("CallDisposition").asText()).isEqualTo("Resolved");
    assertThat(task.path("ActivityDate").asText()).isEqualTo("2026-11-23");
    assertThat(task.path("Status").asText()).isEqualTo("Completed");
    assertThat(task.path("WhoId").asText()).isEqualTo("0035g00000Qx1AbAAJ");
    assertThat(task.has("WhatId")).isFalse();
    assertThat(task.has("Switchboard_Call_Key__c")).isFalse();
    assertThat(task.path("Description").asText())
        .isEqualTo(
            "Refund sent\nTags: vip, refund\nRecording: https://rec.example/r/1\n"
                + "From: +49301234567 To: 1020\nAgent: Agent Smith");
  }

  @Test
  void theTaskIsDatedInTheContactCentresZone() throws Exception {
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(fixture("task-created.json", 201));

    // 23:30 UTC is already the next day in Berlin.
    crm.callLog()
        .write(record("late", CallDirection.INBOUND, Instant.parse("2026-11-23T23:30:00Z"), null));

    org.server.takeRequest();
    JsonNode task = JSON.readTree(org.server.takeRequest().getBody().readUtf8());
    assertThat(task.path("ActivityDate").asText()).isEqualTo("2026-11-24");
    assertThat(task.has("WhoId")).isFalse();
  }

  @Test
  void loggingTheSameCallTwiceLeavesOneTask() throws Exception {
    TaskStore salesforce = new TaskStore();
    org.server.setDispatcher(salesforce);

    crm.callLog().write(inbound("call-7"));
    crm.callLog().write(inbound("call-7"));

    assertThat(salesforce.tasks).containsOnlyKeys("call-7");
    List<RecordedRequest> requests = salesforce.patches;
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).getPath()).isEqualTo(requests.get(0).getPath());
    JsonNode task = salesforce.tasks.getOrDefault("call-7", JSON.createObjectNode());
    assertThat(task.path("TaskSubtype").asText()).isEqualTo("Call");
    assertThat(task.path("CallType").asText()).isEqualTo("Inbound");
  }

  @Test
  void anUpdateAnsweredWithNoContentSucceeds() throws Exception {
    org.server.enqueue(fixture("task-by-key.json", 200));
    org.server.enqueue(new MockResponse().setResponseCode(204));

    crm.callLog().write(inbound("call-7"));

    org.server.takeRequest();
    JsonNode task = JSON.readTree(org.server.takeRequest().getBody().readUtf8());
    assertThat(task.has("TaskSubtype")).isFalse();
    assertThat(task.path("CallType").asText()).isEqualTo("Inbound");
  }

  @Test
  void anOutboundCallToAnAccountIsRelatedToTheAccountNotToAPerson() throws Exception {
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(fixture("task-created.json", 201));
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(fixture("task-created.json", 201));

    CustomerId account = new CustomerId("salesforce", "0015g00000Lm2CdAAK");
    crm.callLog()
        .write(
            record(
                "out-1", CallDirection.OUTBOUND, Instant.parse("2026-11-23T10:00:00Z"), account));
    crm.callLog()
        .write(
            record(
                "out-2",
                CallDirection.OUTBOUND,
                Instant.parse("2026-11-23T10:00:00Z"),
                new CustomerId("hubspot", "512")));

    org.server.takeRequest();
    JsonNode toAccount = JSON.readTree(org.server.takeRequest().getBody().readUtf8());
    assertThat(toAccount.path("CallType").asText()).isEqualTo("Outbound");
    assertThat(toAccount.path("Subject").asText()).isEqualTo("Outbound call (billing)");
    assertThat(toAccount.path("WhatId").asText()).isEqualTo("0015g00000Lm2CdAAK");
    assertThat(toAccount.has("WhoId")).isFalse();
    org.server.takeRequest();
    JsonNode elsewhere = JSON.readTree(org.server.takeRequest().getBody().readUtf8());
    assertThat(elsewhere.has("WhoId") || elsewhere.has("WhatId")).isFalse();
  }

  @Test
  void rateLimitsAndOutagesAreRetryableWithTheServersRetryAfter() throws Exception {
    org.server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10"));
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(new MockResponse().setResponseCode(503));
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThatThrownBy(() -> crm.callLog().write(inbound("call-1")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
              assertThat(e.getMessage()).contains("429");
            });
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> crm.callLog().write(inbound("call-1")))
          .isInstanceOfSatisfying(
              CallLogException.class, e -> assertThat(e.isRetryable()).isTrue());
    }
  }

  @Test
  void aRefusedTaskIsParkedNotRetriedAndItsErrorTextStaysOut() throws Exception {
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(fixture("invalid-field.json", 400));

    assertThatThrownBy(() -> crm.callLog().write(inbound("call-1")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage())
                  .contains("400")
                  .doesNotContain("INVALID_FIELD", "+49301234567", "sf-access-token");
            });
  }

  @Test
  void aMissingKeyFieldNamesTheSetting() throws Exception {
    org.server.enqueue(fixture("not-found.json", 404));
    org.server.enqueue(fixture("not-found.json", 404));

    assertThatThrownBy(() -> crm.callLog().write(inbound("call-1")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage()).contains("crm.salesforce.callKeyField");
            });
  }

  @Test
  void aKeyMatchingSeveralTasksIsParkedNamingTheSetting() throws Exception {
    org.server.enqueue(fixture("task-key-ambiguous.json", 300));

    assertThatThrownBy(() -> crm.callLog().write(inbound("call-1")))
        .isInstanceOfSatisfying(
            CallLogException.class,
            e -> {
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage())
                  .contains(
                      "several Tasks", "Switchboard_Call_Key__c", "crm.salesforce.callKeyField");
            });
    assertThat(org.server.getRequestCount()).as("nothing written, nothing followed").isEqualTo(1);
  }

  /**
   * Salesforce's upsert as documented: 201 when the key is new, 200 when it updates the one Task
   * with that key; TaskSubtype may be set on create only, as Salesforce enforces.
   */
  private static final class TaskStore extends Dispatcher {
    final Map<String, ObjectNode> tasks = new ConcurrentHashMap<>();
    final List<RecordedRequest> patches = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getRequestUrl().encodedPath();
      if (!path.startsWith(TASK_PATH)) {
        return fixture("not-found.json", 404);
      }
      String key = path.substring(TASK_PATH.length());
      ObjectNode existing = tasks.get(key);
      if ("GET".equals(request.getMethod())) {
        return existing == null ? fixture("not-found.json", 404) : fixture("task-by-key.json", 200);
      }
      patches.add(request);
      ObjectNode fields = read(request);
      if (existing == null) {
        tasks.put(key, fields);
        return fixture("task-created.json", 201);
      }
      if (fields.has("TaskSubtype")) {
        return fixture("subtype-not-updatable.json", 400);
      }
      existing.setAll(fields);
      return fixture("task-updated.json", 200);
    }

    private static ObjectNode read(RecordedRequest request) {
      try {
        return (ObjectNode) JSON.readTree(request.getBody().readUtf8());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
