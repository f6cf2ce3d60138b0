package org.switchboard.queue.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.service.api.ApiLab.Answer;

@Tag("lab")
@Timeout(60)
class ApiRestLabTest {
  private static final String READY = "{\"presence\":{\"presence\":\"ready\"}}";

  @SuppressWarnings("NullAway.Init")
  private ApiLab lab;

  @BeforeEach
  void start() {
    lab = new ApiLab(Clock.systemUTC(), ApiSettings.defaults());
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  private static String presence(String agent) {
    return Paths.fill(Paths.AGENT_PRESENCE, agent);
  }

  @Test
  void signingInWithTheRightPasswordGivesARoleAndAToken() throws IOException {
    Answer a =
        lab.send(
            "POST", Paths.SESSIONS, null, null, "{\"user\":\"sue\",\"password\":\"secret-sue\"}");

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("role").asText()).isEqualTo("supervisor");
    assertThat(a.json().get("token").asText()).hasSizeGreaterThan(30);
  }

  @Test
  void aWrongPasswordOrUnknownUserIsRefusedAlike() throws IOException {
    Answer wrong =
        lab.send("POST", Paths.SESSIONS, null, null, "{\"user\":\"sue\",\"password\":\"nope\"}");
    Answer unknown =
        lab.send("POST", Paths.SESSIONS, null, null, "{\"user\":\"zed\",\"password\":\"nope\"}");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
  }

  @Test
  void requestsWithoutAValidTokenAre401() throws IOException {
    assertThat(lab.send("GET", Paths.SNAPSHOT, null, null, null).status()).isEqualTo(401);
    assertThat(lab.send("GET", Paths.SNAPSHOT, "made-up", null, null).status()).isEqualTo(401);
    Answer a = lab.send("PUT", presence("ann"), null, "k1", READY);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().get("title").asText()).isEqualTo("not signed in");
    assertThat(lab.centre.calls("changePresence")).isZero();
  }

  @Test
  void signingOutEndsTheToken() throws IOException {
    String token = lab.token("ann");
    assertThat(lab.send("GET", Paths.SNAPSHOT, token, null, null).status()).isEqualTo(200);

    assertThat(lab.send("DELETE", Paths.SESSIONS + "/current", token, null, null).status())
        .isEqualTo(204);

    assertThat(lab.send("GET", Paths.SNAPSHOT, token, null, null).status()).isEqualTo(401);
  }

  @Test
  void anAgentActsOnlyForItself() throws IOException {
    String ann = lab.token("ann");
    String bob = Paths.fill(Paths.AGENT, "bob");

    assertForbidden(lab.send("GET", bob, ann, null, null), "supervisor or admin");
    assertForbidden(
        lab.send("POST", bob + "/login", ann, "k1", "{\"queues\":[]}"), "supervisor or admin");
    assertForbidden(lab.send("POST", bob + "/logout", ann, "k2", null), "supervisor or admin");
    assertForbidden(lab.send("PUT", presence("bob"), ann, "k3", READY), "supervisor or admin");
    assertThat(
            lab.centre.calls("login")
                + lab.centre.calls("logout")
                + lab.centre.calls("changePresence"))
        .isZero();

    assertThat(lab.send("PUT", presence("ann"), ann, "k4", READY).status()).isEqualTo(200);
  }

  @Test
  void supervisorsAndAdminsActForAnyAgent() throws IOException {
    assertThat(lab.send("PUT", presence("bob"), lab.token("sue"), "k1", READY).status())
        .isEqualTo(200);
    assertThat(
            lab.send("POST", Paths.fill(Paths.AGENT_LOGOUT, "bob"), lab.token("ada"), "k2", null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void offersWrapUpsAndTransfersAreForAgentsOnly() throws IOException {
    String sue = lab.token("sue");
    assertForbidden(
        lab.send("POST", Paths.fill(Paths.OFFER_ACCEPT, "o1"), sue, "k1", null), "role agent");
    assertForbidden(
        lab.send("POST", Paths.fill(Paths.OFFER_REJECT, "o1"), sue, "k2", null), "role agent");
    assertForbidden(
        lab.send(
            "POST",
            Paths.fill(Paths.INTERACTION_WRAP_UP, "i1"),
            sue,
            "k3",
            "{\"notes\":\"\",\"tags\":[]}"),
        "role agent");
    assertForbidden(
        lab.send(
            "POST",
            Paths.fill(Paths.INTERACTION_TRANSFER, "i1"),
            sue,
            "k4",
            "{\"mode\":\"blind\",\"targetType\":\"queue\",\"target\":\"sales\"}"),
        "role agent");
    assertForbidden(
        lab.send("POST", Paths.fill(Paths.INTERACTION_TRANSFER_COMPLETE, "i1"), sue, "k5", null),
        "role agent");
    assertForbidden(
        lab.send("POST", Paths.fill(Paths.INTERACTION_TRANSFER_CANCEL, "i1"), sue, "k6", null),
        "role agent");
  }

  @Test
  void figuresNeedASupervisorAndReloadAnAdmin() throws IOException {
    assertForbidden(
        lab.send("GET", Paths.QUEUE_FIGURES, lab.token("ann"), null, null),
        "role supervisor or admin");
    assertThat(lab.send("GET", Paths.QUEUE_FIGURES, lab.token("sue"), null, null).status())
        .isEqualTo(200);

    assertForbidden(
        lab.send("POST", Paths.CONFIG_RELOAD, lab.token("sue"), "k1", null), "role admin");
    assertForbidden(
        lab.send("POST", Paths.CONFIG_RELOAD, lab.token("ann"), "k2", null), "role admin");
    assertThat(lab.centre.calls("reloadConfiguration")).isZero();
    Answer reload = lab.send("POST", Paths.CONFIG_RELOAD, lab.token("ada"), "k3", null);
    assertThat(reload.status()).isEqualTo(200);
    assertThat(reload.json().get("queues")).hasSize(2);
  }

  @Test
  void anAgentSeesOnlyInteractionsItHandled() throws IOException {
    lab.centre.offer("bob", "i-bob", "sales");

    assertForbidden(
        lab.send("GET", Paths.fill(Paths.INTERACTION, "i-bob"), lab.token("ann"), null, null),
        "supervisor");
    assertThat(
            lab.send("GET", Paths.fill(Paths.INTERACTION, "i-bob"), lab.token("bob"), null, null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void anAgentsSnapshotHoldsOnlyItself() throws IOException {
    Answer a = lab.send("GET", Paths.SNAPSHOT, lab.token("ann"), null, null);
    Answer s = lab.send("GET", Paths.SNAPSHOT, lab.token("sue"), null, null);

    assertThat(a.json().get("agents")).hasSize(1);
    assertThat(a.json().get("agents").get(0).get("id").asText()).isEqualTo("ann");
    assertThat(s.json().get("agents")).hasSize(2);
  }

  @Test
  void aStaleVersionIs409WithAReason() throws IOException {
    String sue = lab.token("sue");
    Answer a =
        lab.send(
            "PUT",
            presence("ann"),
            sue,
            "k1",
            "{\"presence\":{\"presence\":\"ready\"},\"expectedVersion\":99}");

    assertThat(a.status()).isEqualTo(409);
    assertThat(a.json().get("title").asText()).isEqualTo("stale version");
    assertThat(a.json().get("detail").asText()).contains("version 1");
  }

  @Test
  void aChangeWithoutAnIdempotencyKeyIs400() throws IOException {
    Answer a = lab.send("PUT", presence("ann"), lab.token("ann"), null, READY);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("detail").asText()).contains("Idempotency-Key");
    assertThat(lab.centre.calls("changePresence")).isZero();
  }

  @Test
  void theSameKeyAndRequestReplaysTheFirstAnswerWithoutCallingTheCentreAgain() throws IOException {
    String ann = lab.token("ann");
    Answer first = lab.send("PUT", presence("ann"), ann, "same", READY);
    Answer again = lab.send("PUT", presence("ann"), ann, "same", READY);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.replayed()).isEqualTo("true");
    assertThat(first.replayed()).isNull();
    assertThat(lab.centre.calls("changePresence")).isEqualTo(1);
  }

  @Test
  void aRefusalIsReplayedToo() throws IOException {
    String sue = lab.token("sue");
    String stale = "{\"presence\":{\"presence\":\"ready\"},\"expectedVersion\":99}";
    Answer first = lab.send("PUT", presence("ann"), sue, "k", stale);
    Answer again = lab.send("PUT", presence("ann"), sue, "k", stale);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(lab.centre.calls("changePresence")).isEqualTo(1);
  }

  @Test
  void theSameKeyForAnotherRequestIs409() throws IOException {
    String ann = lab.token("ann");
    lab.send("PUT", presence("ann"), ann, "same", READY);

    Answer other =
        lab.send(
            "PUT",
            presence("ann"),
            ann,
            "same",
            "{\"presence\":{\"presence\":\"not_ready\",\"reason\":\"BREAK\"}}");
    Answer otherUser = lab.send("PUT", presence("ann"), lab.token("sue"), "same", READY);

    assertThat(other.status()).isEqualTo(409);
    assertThat(other.json().get("title").asText()).isEqualTo("idempotency key reused");
    assertThat(otherUser.status()).isEqualTo(409);
    assertThat(lab.centre.calls("changePresence")).isEqualTo(1);
  }

  @Test
  void malformedJsonAndMissingFieldsAre400NamingTheCause() throws IOException {
    String ann = lab.token("ann");
    Answer malformed = lab.send("PUT", presence("ann"), ann, "k1", "{\"presence\":");
    Answer missing = lab.send("PUT", presence("ann"), ann, "k2", "{\"expectedVersion\":1}");
    Answer nested =
        lab.send("PUT", presence("ann"), ann, "k3", "{\"presence\":{\"reason\":\"BREAK\"}}");
    Answer badEnum =
        lab.send("PUT", presence("ann"), ann, "k4", "{\"presence\":{\"presence\":\"asleep\"}}");
    Answer badMode =
        lab.send(
            "POST",
            Paths.fill(Paths.INTERACTION_TRANSFER, "i1"),
            ann,
            "k5",
            "{\"mode\":\"teleport\",\"targetType\":\"queue\",\"target\":\"sales\"}");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("detail").asText()).contains("malformed JSON");
    assertThat(missing.json().get("detail").asText()).isEqualTo("missing field presence");
    assertThat(nested.json().get("detail").asText()).isEqualTo("missing field presence.presence");
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(badEnum.json().get("detail").asText()).contains("presence.presence");
    assertThat(badMode.json().get("detail").asText()).contains("mode");
    assertThat(lab.centre.calls("changePresence") + lab.centre.calls("transfer")).isZero();
  }

  @Test
  void anUnknownPathIsA404Problem() throws IOException {
    Answer a = lab.send("GET", Paths.BASE + "/nowhere", lab.token("ann"), null, null);

    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("title").asText()).isEqualTo("not found");
  }

  @Test
  void theCentresRefusalKeepsItsStatus() throws IOException {
    Answer a = lab.send("GET", Paths.fill(Paths.INTERACTION, "none"), lab.token("sue"), null, null);

    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("title").asText()).isEqualTo("unknown interaction");
  }

  @Test
  void anUnexpectedFailureIs500WithoutInternals() throws IOException {
    Answer a =
        lab.send(
            "PUT",
            presence("ann"),
            lab.token("ann"),
            "k1",
            "{\"presence\":{\"presence\":\"not_ready\",\"reason\":\""
                + InMemoryCentre.EXPLODE
                + "\"}}");

    assertThat(a.status()).isEqualTo(500);
    assertThat(a.body()).doesNotContain("secret").doesNotContain("Exception");
  }

  private static void assertForbidden(Answer a, String roleNeeded) throws IOException {
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().get("title").asText()).isEqualTo("wrong role");
    assertThat(a.json().get("detail").asText()).contains(roleNeeded);
  }
}
