package org.switchboard.app.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.endtoend.QueueAgentLab.WAIT;
import static org.switchboard.app.endtoend.QueueAgentLab.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.protocol.WrapUpBody;
import org.switchboard.queue.service.QueueService;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;

/**
 * Headless agents (each in its own JVM, in queue mode) as the agents of a real queue service (the
 * sample centre, see {@link QueueAgentLab}), with baresip as the customer: offers with attached
 * data answered by the agent's {@code answer}, missed offers, wrap-up modes through the agent's
 * commands, a strategy with skills, all checked both in the agents' events and at the service.
 * Entry number 100; keys "11" choose English and sales, "12" English and support (then the account
 * number), "21" Persian and sales.
 */
@Tag("lab")
@Timeout(180)
class HeadlessQueueAgentLabTest {
  @TempDir Path dir;

  @Test
  void anOfferWithTheIvrDigitsIsAnsweredByTheAgentAndTheMandatoryWrapUpNeedsADisposition()
      throws Exception {
    QueueAgentLab lab = new QueueAgentLab(dir);
    try (QueueService service = QueueService.start(lab.centre(), Clock.systemUTC());
        AgentProcess alice = lab.alice(lab.url(service))) {
      QueueAgentLab.ready(alice);
      QueueClient carol = lab.signedIn(service, "carol");

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        lab.dialAndPress(phone, "12"); // English, support: the account number next
        Thread.sleep(1500);
        for (char digit : "4711#".toCharArray()) {
          phone.sendDtmf(digit);
          Thread.sleep(300);
        }

        JsonNode offer = QueueAgentLab.awaitOffer(alice);
        assertThat(offer.path("queue").asText()).isEqualTo("Support");
        assertThat(offer.path("data").path("account").asText()).isEqualTo("4711");
        String interaction = offer.path("interaction").asText();
        String call = QueueAgentLab.awaitIncoming(alice);
        // The offer is written again once it knows the SIP call that carries it.
        QueueAgentLab.awaitWritten(alice, "offer", e -> e.path("call").asText().equals(call));
        alice.send("{\"cmd\":\"answer\"}");
        alice.await("answered", WAIT);
        await(
            "alice connected at the service",
            () -> carol.agent("alice").routing() == WireRoutingState.CONNECTED);
        QueueAgentLab.awaitWritten(
            alice, "agent", e -> e.path("routing").asText().equals("on_call"));

        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        JsonNode pending = alice.await("wrapup_pending", WAIT);
        assertThat(pending.path("call").asText()).isEqualTo(call);
        assertThat(pending.path("mode").asText()).isEqualTo("mandatory");
        assertThat(pending.path("disposition_required").asBoolean()).isTrue();
        assertThat(pending.path("dispositions").toString()).contains("resolved");

        alice.send("{\"cmd\":\"wrapup\",\"notes\":\"no code yet\",\"id\":\"w1\"}");
        JsonNode refused = alice.await("error", e -> e.path("id").asText().equals("w1"), WAIT);
        assertThat(refused.path("message").asText()).startsWith("wrapup failed");
        assertThat(carol.agent("alice").routing()).isEqualTo(WireRoutingState.WRAP_UP);

        alice.send("{\"cmd\":\"wrapup\",\"disposition\":\"resolved\",\"notes\":\"router reset\"}");
        alice.await("wrapup_done", WAIT);
        WrapUpBody done =
            await("the wrap-up at the service", () -> carol.interaction(interaction).wrapUp());
        assertThat(done.disposition()).isEqualTo("resolved");
        assertThat(done.notes()).isEqualTo("router reset");
        InteractionView wrapped = carol.interaction(interaction);
        assertThat(wrapped.agent()).isEqualTo("alice");
        await("alice idle", () -> carol.agent("alice").routing() == WireRoutingState.IDLE);
      }
    }
  }

  @Test
  void aMissedOfferRingsTheNextAgentAndATimedWrapUpEndsOnItsOwn() throws Exception {
    QueueAgentLab lab = new QueueAgentLab(dir);
    // Bob is a member of sales at penalty 1: he is reached once the call has waited widenEvery.
    Path centre =
        lab.centre(
            "offerTimeout: 15s", "offerTimeout: 3s",
            "widenEvery: 30s", "widenEvery: 2s",
            "mode: timed\n      time: 30s", "mode: timed\n      time: 3s");
    try (QueueService service = QueueService.start(centre, Clock.systemUTC());
        AgentProcess alice = lab.alice(lab.url(service));
        AgentProcess bob = lab.bob(lab.url(service))) {
      QueueAgentLab.ready(alice);
      QueueAgentLab.ready(bob);
      QueueClient carol = lab.signedIn(service, "carol");

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        lab.dialAndPress(phone, "11");

        String interaction = QueueAgentLab.awaitOffer(alice).path("interaction").asText();
        QueueAgentLab.awaitIncoming(alice); // alice lets it ring
        QueueAgentLab.awaitWritten(alice, "ended", e -> true);
        QueueAgentLab.awaitWritten(
            alice, "offer_ended", e -> e.path("interaction").asText().equals(interaction));
        await(
            "alice not responding at the service",
            () -> carol.agent("alice").routing() == WireRoutingState.NOT_RESPONDING);

        JsonNode toBob = QueueAgentLab.awaitOffer(bob);
        assertThat(toBob.path("interaction").asText()).isEqualTo(interaction);
        assertThat(toBob.path("data").path("product").asText()).isEqualTo("sales");
        QueueAgentLab.awaitIncoming(bob);
        bob.send("{\"cmd\":\"answer\"}");
        bob.await("answered", WAIT);
        await("bob connected", () -> carol.agent("bob").routing() == WireRoutingState.CONNECTED);

        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        JsonNode pending = bob.await("wrapup_pending", WAIT);
        assertThat(pending.path("mode").asText()).isEqualTo("timed");
        assertThat(pending.path("deadline").isNull()).isFalse();
        // Nobody sends a wrap-up: it ends by itself and bob is ready again (autoReady).
        bob.await("wrapup_done", WAIT);
        QueueAgentLab.awaitWritten(
            bob,
            "agent",
            e ->
                e.path("routing").asText().equals("idle")
                    && e.path("presence").asText().equals("ready")
                    && !e.has("next_presence"));
        assertThat(carol.agent("bob").routing()).isEqualTo(WireRoutingState.IDLE);
        assertThat(carol.agent("bob").presence().presence()).isEqualTo(WirePresence.READY);
        assertThat(Objects.requireNonNull(carol.interaction(interaction).times().answered()))
            .isNotNull();
      }
    }
  }
}
