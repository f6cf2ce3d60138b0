package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.endtoend.QueueAgentLab.WAIT;
import static org.switchboard.app.endtoend.QueueAgentLab.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.service.QueueService;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;

/**
 * Headless agents in queue mode against a real queue service (see {@link QueueAgentLab}): the
 * linear strategy and a language skill choosing between two agents, a consult transfer the service
 * hosts on the agent's own call and a blind transfer by command, and an agent whose event
 * connection is cut reconnecting and resyncing what changed meanwhile.
 */
@Tag("lab")
@Timeout(180)
class HeadlessQueueRoutingLabTest {
  /** Carol's SIP user at the lab's Kamailio, for the direct call. */
  private static final String DIRECT_USER = "3193";

  /** Sales routes linearly (alice first), bob is a sales member too, wrap-up is timed at 2 s. */
  private static final String[] LINEAR_SALES = {
    "strategy: longest-idle", "strategy: linear",
    "{queue: sales, penalty: 1, order: 2}", "{queue: sales, penalty: 0, order: 2}",
    "mode: timed\n      time: 30s", "mode: timed\n      time: 2s"
  };

  @TempDir Path dir;

  @Test
  void linearPicksTheFirstInOrderAndAPersianCallerGoesToTheAgentWhoSpeaksPersian()
      throws Exception {
    QueueAgentLab lab = new QueueAgentLab(dir);
    Path centre = lab.centre(LINEAR_SALES);
    try (QueueService service = QueueService.start(centre, Clock.systemUTC());
        // Bob signs in and is ready first: longest-idle would pick him, linear picks alice.
        AgentProcess bob = lab.bob(lab.url(service))) {
      QueueAgentLab.ready(bob);
      try (AgentProcess alice = lab.alice(lab.url(service))) {
        QueueAgentLab.ready(alice);
        QueueClient carol = lab.signedIn(service, "carol");

        try (PrivateBaresip customer = lab.customer();
            BaresipControl phone = customer.peer().control()) {
          lab.dialAndPress(phone, "11"); // English, sales
          JsonNode first = QueueAgentLab.awaitOffer(alice);
          assertThat(first.path("queue").asText()).isEqualTo("Sales");
          assertThat(carol.agent("bob").routing()).isEqualTo(WireRoutingState.IDLE);
          QueueAgentLab.awaitIncoming(alice);
          alice.send("{\"cmd\":\"answer\"}");
          alice.await("answered", WAIT);
          phone.hangup();
          phone.awaitEvent("CALL_CLOSED", WAIT);
          alice.await("wrapup_done", WAIT); // timed: 2 s
          await(
              "alice idle and ready again",
              () ->
                  carol.agent("alice").routing() == WireRoutingState.IDLE
                      && carol.agent("alice").presence().presence() == WirePresence.READY);

          lab.dialAndPress(phone, "21"); // Persian, sales: needs language:fa, which only bob has
          JsonNode second = QueueAgentLab.awaitOffer(bob);
          String interaction = second.path("interaction").asText();
          assertThat(interaction).isNotEqualTo(first.path("interaction").asText());
          assertThat(carol.interaction(interaction).language()).isEqualTo("fa");
          assertThat(carol.agent("alice").routing()).isEqualTo(WireRoutingState.IDLE);
          QueueAgentLab.awaitIncoming(bob);
          bob.send("{\"cmd\":\"answer\"}");
          bob.await("answered", WAIT);
          await("bob connected", () -> carol.agent("bob").routing() == WireRoutingState.CONNECTED);
          phone.hangup();
          phone.awaitEvent("CALL_CLOSED", WAIT);
        }
      }
    }
  }

  @Test
  void anAgentConsultsAColleagueThroughTheServiceCompletesAndTheColleagueTransfersBlind()
      throws Exception {
    QueueAgentLab lab = new QueueAgentLab(dir);
    Path centre = lab.centre(LINEAR_SALES);
    try (QueueService service = QueueService.start(centre, Clock.systemUTC());
        AgentProcess alice = lab.alice(lab.url(service));
        AgentProcess bob = lab.bob(lab.url(service))) {
      QueueAgentLab.ready(alice);
      QueueAgentLab.ready(bob);
      QueueClient carol = lab.signedIn(service, "carol");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        lab.dialAndPress(phone, "11"); // English, sales: linear offers it to alice first
        String interaction = QueueAgentLab.awaitOffer(alice).path("interaction").asText();
        String call = QueueAgentLab.awaitIncoming(alice);
        alice.send("{\"cmd\":\"answer\"}");
        alice.await("answered", WAIT);
        await(
            "alice connected", () -> carol.agent("alice").routing() == WireRoutingState.CONNECTED);
        lab.signedIn(service, "alice").addNote(interaction, "wants to upgrade");

        alice.send("{\"cmd\":\"consult\",\"target\":\"agent:bob\"}");
        alice.await("consult", e -> e.path("state").asText().equals("ringing"), WAIT);
        assertThat(carol.interaction(interaction).state()).isEqualTo("held");
        QueueAgentLab.awaitIncoming(bob);
        bob.send("{\"cmd\":\"answer\"}");
        bob.await("answered", WAIT);
        JsonNode answered =
            alice.await("consult", e -> e.path("state").asText().equals("answered"), WAIT);
        assertThat(answered.path("call").asText()).as("on alice's own call").isEqualTo(call);
        alice.send("{\"cmd\":\"complete_consult\"}");

        QueueAgentLab.awaitWritten(alice, "ended", e -> call.equals(e.path("call").asText()));
        QueueAgentLab.awaitWritten(alice, "wrapup_pending", e -> true);
        await("bob has the customer", () -> "bob".equals(carol.interaction(interaction).agent()));
        assertThat(carol.agent("bob").routing()).isEqualTo(WireRoutingState.CONNECTED);

        bob.send("{\"cmd\":\"transfer\",\"target\":\"queue:sales\"}");
        QueueAgentLab.awaitWritten(bob, "wrapup_pending", e -> true);
        await(
            "the customer back in sales rings alice again after her wrap-up",
            () -> alice.seenSoFar().stream().filter(l -> l.contains("\"incoming\"")).count() > 1);
        alice.send("{\"cmd\":\"answer\"}");
        await(
            "alice has the customer again",
            () -> "alice".equals(carol.interaction(interaction).agent()));
        assertThat(carol.interaction(interaction).data()).containsEntry("product", "sales");
        assertThat(carol.interaction(interaction).notes())
            .extracting(n -> n.text())
            .contains("wants to upgrade");
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
      }
    }
  }

  @Test
  void anAgentWhoseConnectionIsCutReconnectsAndResyncsWhatChangedMeanwhile() throws Exception {
    QueueAgentLab lab = new QueueAgentLab(dir);
    try (QueueService service = QueueService.start(lab.centre(), Clock.systemUTC());
        DroppingProxy network =
            new DroppingProxy(lab.address, new InetSocketAddress(lab.address, service.httpPort()));
        AgentProcess alice = lab.alice("http://" + lab.address + ":" + network.port())) {
      QueueAgentLab.ready(alice);
      QueueClient carol = lab.signedIn(service, "carol");

      network.cut();
      alice.await("queue_connection", e -> e.path("state").asText().equals("reconnecting"), WAIT);
      // While alice is cut off, her supervisor sends her on a break.
      carol.changePresence("alice", new PresenceView(WirePresence.NOT_READY, "break"), null);
      network.restore();

      alice.await("queue_connection", e -> e.path("state").asText().equals("connected"), WAIT);
      alice.await("queue_connection", e -> e.path("state").asText().equals("resynced"), WAIT);
      // The break she was sent on while cut off reaches her with the resync.
      JsonNode seen =
          QueueAgentLab.awaitWritten(
              alice, "agent", e -> e.path("reason").asText().equals("break"));
      assertThat(seen.path("presence").asText()).isEqualTo("not_ready");
      assertThat(carol.agent("alice").queues()).as("still logged in").contains("sales");

      // Her commands reach the service again.
      QueueAgentLab.ready(alice);
      await(
          "alice ready at the service",
          () -> carol.agent("alice").presence().presence() == WirePresence.READY);
    }
  }

  @Test
  void aQueueServiceThatIsDownLeavesDirectCallsWorkingAndTheAgentConnectsOnceItIsUp()
      throws Exception {
    QueueAgentLab lab = new QueueAgentLab(dir);
    int httpPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(lab.address))) {
      httpPort = probe.getLocalPort(); // free now; nothing listens there until the service starts
    }
    lab.lab.kamailio().clearBindings(DIRECT_USER);
    try (AgentProcess carol =
        lab.carolAtKamailio(DIRECT_USER, "http://" + lab.address + ":" + httpPort)) {
      JsonNode retrying =
          QueueAgentLab.awaitWritten(
              carol, "queue_connection", e -> e.path("state").asText().equals("reconnecting"));
      assertThat(retrying.path("retry_in_ms").asLong()).isPositive();

      try (BaresipControl caller = lab.lab.peerA().control()) {
        caller.dial("sip:" + DIRECT_USER + "@" + lab.lab.sipDomain());
        String call = QueueAgentLab.awaitIncoming(carol);
        carol.send("{\"cmd\":\"answer\"}");
        carol.await("answered", e -> e.path("call").asText().equals(call), WAIT);
        carol.send("{\"cmd\":\"hangup\"}");
        carol.await("ended", WAIT);
        caller.awaitEvent("CALL_CLOSED", WAIT);
      }

      Path centre = lab.centre("port: 0", "port: " + httpPort);
      try (QueueService service = QueueService.start(centre, Clock.systemUTC())) {
        QueueAgentLab.awaitWritten(
            carol, "queue_connection", e -> e.path("state").asText().equals("connected"));
        QueueAgentLab.awaitWritten(
            carol, "agent", e -> e.path("presence").asText().equals("not_ready"));
        QueueClient dave = lab.signedIn(service, "dave");
        assertThat(dave.agent("carol").queues()).as("logged in once it could").contains("sales");
      }
    }
  }

  @Test
  void afterTheServiceRestartsTheAgentSignsInAgainResyncsAndItsCommandsWork() throws Exception {
    QueueAgentLab lab = new QueueAgentLab(dir);
    int httpPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(lab.address))) {
      httpPort = probe.getLocalPort();
    }
    Path centre = lab.centre("port: 0", "port: " + httpPort);
    QueueService first = QueueService.start(centre, Clock.systemUTC());
    boolean firstRunning = true;
    try (AgentProcess alice = lab.alice(lab.url(first))) {
      QueueAgentLab.ready(alice);
      first.close(); // a clean stop: the service keeps alice's state, but not her token
      firstRunning = false;
      alice.await("queue_connection", e -> e.path("state").asText().equals("reconnecting"), WAIT);

      try (QueueService second = QueueService.start(centre, Clock.systemUTC())) {
        // The backoff grows while the service is away; a reconnection takes up to ~30 s.
        QueueAgentLab.awaitWritten(
            alice,
            "queue_connection",
            e -> e.path("state").asText().equals("resynced"),
            Duration.ofSeconds(60));
        QueueClient carol = lab.signedIn(second, "carol");
        assertThat(carol.agent("alice").presence().presence())
            .as("restored after the restart")
            .isEqualTo(WirePresence.READY);

        alice.send("{\"cmd\":\"notready\",\"reason\":\"lunch\"}");
        await(
            "alice at lunch, with her new token",
            () -> "lunch".equals(carol.agent("alice").presence().reason()));
      }
    } finally {
      if (firstRunning) {
        first.close();
      }
    }
  }
}
