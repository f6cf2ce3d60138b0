package org.switchboard.queue.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolJsonTest {
  private static final ObjectMapper JSON = ProtocolJson.mapper();
  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void anAgentTravelsWithLowerCaseStatesAndIsoTimesAndBackUnchanged() throws Exception {
    AgentView agent =
        new AgentView(
            "alice",
            "Alice",
            new PresenceView(WirePresence.NOT_READY, "break"),
            AT,
            new PresenceView(WirePresence.READY, null),
            WireRoutingState.WRAP_UP,
            AT,
            List.of("sales"),
            "i-1",
            0,
            7);

    String text = JSON.writeValueAsString(agent);
    JsonNode tree = JSON.readTree(text);

    assertThat(tree.path("presence").path("presence").asText()).isEqualTo("not_ready");
    assertThat(tree.path("routing").asText()).isEqualTo("wrap_up");
    assertThat(tree.path("presenceSince").asText()).isEqualTo("2026-11-23T09:00:00Z");
    assertThat(tree.path("next").has("reason")).as("nulls are left out").isFalse();
    assertThat(JSON.readValue(text, AgentView.class)).isEqualTo(agent);
  }

  @Test
  void anEventEnvelopeCarriesItsPayloadAndIgnoresFieldsAddedLater() throws Exception {
    String text =
        """
        {"specversion":"1.0","id":"e-9","source":"/queue-service/run-1",
         "type":"org.switchboard.offer.ended","time":"2026-11-23T09:00:00Z","sequence":9,
         "subject":"o-1","addedInAFutureVersion":true,
         "data":{"id":"o-1","interaction":"i-1","outcome":"missed","agent":"bob","extra":1}}
        """;

    Event event = JSON.readValue(text, Event.class);

    assertThat(event.sequence()).isEqualTo(9);
    assertThat(event.dataAs(OfferEndedView.class))
        .isEqualTo(new OfferEndedView("o-1", "i-1", "missed", "bob"));
    assertThat(JSON.readTree(JSON.writeValueAsString(event)).path("specversion").asText())
        .isEqualTo("1.0");
  }

  @Test
  void aPayloadOfTheWrongShapeIsNamedInTheError() throws Exception {
    Event event =
        new Event(
            Event.SPEC_VERSION,
            "e-1",
            "/queue-service/run-1",
            EventTypes.AGENT_CHANGED,
            AT,
            1,
            null,
            JSON.readTree("{\"id\":\"alice\"}"));

    assertThatThrownBy(() -> event.dataAs(AgentView.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("org.switchboard.agent.changed #1")
        .hasMessageContaining("AgentView");
  }

  @Test
  void secretsNeverShowInToString() {
    assertThat(new Requests.SignIn("alice", "hunter2").toString()).doesNotContain("hunter2");
    assertThat(new SessionView("tok-123", "alice", WireRole.AGENT, AT).toString())
        .doesNotContain("tok-123");
  }

  @Test
  void pathsAreFilledInOrderAndEncoded() {
    assertThat(Paths.fill(Paths.AGENT_PRESENCE, "al ice"))
        .isEqualTo("/api/v1/agents/al%20ice/presence");
    assertThatThrownBy(() -> Paths.fill(Paths.AGENT_PRESENCE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paths.fill(Paths.SNAPSHOT, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSnapshotRoundTrips() throws Exception {
    InteractionView call =
        new InteractionView(
            "i-1",
            "waiting",
            "+15550100",
            "100",
            "main",
            "sales",
            "fa",
            null,
            Map.of("account", "1234"),
            List.of(new InteractionView.Note("alice", AT, "VIP")),
            List.of(new InteractionView.Leg("sales", null, AT, "entered")),
            new InteractionTimes(AT, null, null, List.of(), null, null, null),
            null,
            null,
            null,
            new InteractionView.Consult(
                InteractionView.Consult.RINGING, "sales", null, "+4930555"));
    SnapshotView snapshot =
        new SnapshotView(
            42,
            new CatalogueView(
                List.of(new CatalogueView.QueueInfo("sales", "Sales", "timed", 30, 20)),
                List.of(new CatalogueView.ReasonInfo("break", "Break")),
                List.of(new CatalogueView.DispositionInfo("sale", "Sale", List.of()))),
            List.of(),
            List.of(),
            List.of(call),
            List.of());

    assertThat(JSON.readValue(JSON.writeValueAsString(snapshot), SnapshotView.class))
        .isEqualTo(snapshot);
  }
}
