package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.BaresipPeer;
import org.switchboard.testkit.Lab;

/**
 * Screen pop and call logging end to end: the headless agent with the local directory (the embedded
 * default, sample data) registers at the lab's Kamailio; baresip (2001) calls; the customer card
 * for 2001 arrives as events; after the call the wrap-up goes through the durable outbox into the
 * local journal, and the next call from 2001 shows it in the customer's history.
 */
@Tag("lab")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(90)
class ScreenPopEndToEndTest {
  private static final String USER = "1021";
  private static final Duration SIGNALLING = Duration.ofSeconds(15);

  @TempDir static Path dir;
  private Lab lab;
  private AgentProcess agent;
  private Path data;

  @BeforeAll
  void startTheAgentWithTheSampleDirectory() throws IOException {
    lab = Lab.load();
    lab.kamailio().clearBindings(USER);
    data = dir.resolve("data");
    Path config =
        LabAgentConfig.write(
            dir, lab, USER, lab.passwordFor(USER), lab.registrarPort(), 16062, 31100);
    String withCrm =
        Files.readString(config)
            .replaceFirst(
                "\"media\":",
                ("\"crm\": { \"connector\": \"local\", \"defaultRegion\": \"DE\","
                        + " \"agent\": \"Agent 1021\", \"dataDir\": \"%s\","
                        + " \"options\": { \"customers\": \"sample\" } },\n  \"media\":")
                    .formatted(data.toString().replace("\\", "\\\\")));
    Files.writeString(config, withCrm);
    agent = AgentProcess.start(dir, "--config", config.toString());
    agent.await("registered", SIGNALLING);
  }

  @AfterAll
  void stopTheAgent() {
    if (agent != null) {
      agent.close();
    }
  }

  @Test
  void theCallersCardPopsAndTheWrapUpReachesTheJournalAndTheNextCard() throws Exception {
    Offered firstCall = callFromPeerA();
    String first = firstCall.call();
    JsonNode card = firstCall.card();
    assertThat(card.path("number").asText()).isEqualTo("2001");
    JsonNode customer = card.path("customers").get(0);
    assertThat(customer.path("id").asText()).isEqualTo("local:c-002");
    assertThat(customer.path("name").asText()).isEqualTo("Lab caller A (baresip 2001)");
    int historyBefore = customer.path("interactions").asInt();

    agent.send(
        "{\"cmd\":\"wrapup\",\"call\":\""
            + first
            + "\",\"disposition\":\"resolved\",\"notes\":\"E2E wrap-up\",\"tags\":[\"lab\"],"
            + "\"customer\":\"local:c-002\"}");
    agent.await("logged", e -> first.equals(e.path("call").asText()), SIGNALLING);
    // The outbox's own events may come before or after "logged": its thread delivers at once.
    List<String> journal = awaitJournalLines(data.resolve("call-log.jsonl"));
    assertThat(journal).hasSize(1);
    assertThat(journal.get(0))
        .contains("\"key\":\"" + first + "\"")
        .contains("\"disposition\":\"resolved\"")
        .contains("\"agent\":\"Agent 1021\"")
        .contains("\"from\":\"2001\"");

    JsonNode again = callFromPeerA().card();
    assertThat(again.path("customers").get(0).path("interactions").asInt())
        .isEqualTo(historyBefore + 1);
  }

  private record Offered(String call, JsonNode card) {}

  /**
   * Baresip 2001 calls the agent; the card pops while it rings; the agent answers and baresip hangs
   * up after a second.
   */
  private Offered callFromPeerA() throws Exception {
    BaresipPeer peer = lab.peerA();
    try (BaresipControl baresip = peer.control()) {
      baresip.dial("sip:" + USER + "@" + lab.sipDomain());
      String call = agent.await("incoming", SIGNALLING).path("call").asText();
      JsonNode card = awaitCard(call, "matches");
      agent.send("{\"cmd\":\"answer\",\"call\":\"" + call + "\"}");
      agent.await("answered", e -> call.equals(e.path("call").asText()), SIGNALLING);
      baresip.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      Thread.sleep(1000);
      baresip.hangup();
      agent.await("ended", e -> call.equals(e.path("call").asText()), SIGNALLING);
      return new Offered(call, card);
    }
  }

  /** The local journal's lines once the outbox has delivered one (bounded by SIGNALLING). */
  private static List<String> awaitJournalLines(Path journal) throws Exception {
    long deadline = System.nanoTime() + SIGNALLING.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(journal) && !Files.readAllLines(journal).isEmpty()) {
        return Files.readAllLines(journal);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("nothing reached the local journal within " + SIGNALLING);
  }

  private JsonNode awaitCard(String call, String state) {
    return agent.await(
        "customer",
        e -> call.equals(e.path("call").asText()) && state.equals(e.path("state").asText()),
        SIGNALLING);
  }
}
