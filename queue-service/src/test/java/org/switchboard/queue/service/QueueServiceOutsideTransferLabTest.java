package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ProxyCalls.callSales;
import static org.switchboard.queue.service.ProxyCalls.customerHeardAtTheEnd;
import static org.switchboard.queue.service.ProxyCalls.customerHearsAliceAgainThenHangsUp;
import static org.switchboard.queue.service.ProxyCalls.interactionOf;
import static org.switchboard.queue.service.ProxyCalls.noteAbout;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallEvent;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.Interaction;
import org.switchboard.queue.service.store.Interactions;
import org.switchboard.queue.service.store.StoreSettings;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * Blind transfers to outside numbers (ADR 0031) through the lab's real Kamailio: the customer is
 * bridged to the number that answers, data and notes kept; an unreachable one returns the customer
 * to the agent with the reason in a note (see {@link ProxyLab}).
 */
@Tag("lab")
@Timeout(120)
class QueueServiceOutsideTransferLabTest {
  @TempDir Path dir;

  @Test
  void aBlindTransferToAnOutsideNumberBridgesTheCustomerToItKeepingDataAndNotesInTheStore()
      throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    ServiceLab api = new ServiceLab(dir);
    String interaction;
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone outsidePhone = lab.outsidePhone()) {
      QueueClient alice = api.readyIn(service, "alice", "sales");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        callSales(lab, phone);
        CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
        interaction = interactionOf(toAlice);
        alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);
        alice.addNote(interaction, "wants the branch office");

        alice.transfer(
            interaction, new Requests.Transfer("blind", "number", ProxyLab.OUTSIDE_USER));

        CallEvent.Incoming toOutside = outsidePhone.await(CallEvent.Incoming.class);
        assertThat(interactionOf(toOutside)).isEqualTo(interaction);
        outsidePhone.sip.answer(toOutside.callId()).get(5, TimeUnit.SECONDS);
        alicePhone.await(CallEvent.Ended.class); // the service lets alice go
        await("alice wraps up", () -> alice.agent("alice").routing() == WireRoutingState.WRAP_UP);
        InteractionView out = alice.interaction(interaction);
        assertThat(out.endReason()).isEqualTo("transferred_out");
        assertThat(out.data()).containsEntry("product", "sales");
        assertThat(out.notes())
            .extracting(InteractionView.Note::text)
            .containsExactly(
                "wants the branch office",
                "transferred to the outside number " + ProxyLab.OUTSIDE_USER);

        Thread.sleep(2500); // two and a half seconds with the outside party to analyse
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        outsidePhone.await(CallEvent.Ended.class);
        ToneAnalysis heard = customerHeardAtTheEnd(customer);
        assertThat(heard.isTone(1500, 20))
            .as("the customer hears the outside party: %s", heard)
            .isTrue();
        Path outsideFile = await("the outside party's recording", () -> api.recording("o-"));
        ToneAnalysis outsideHeard = ToneAnalysis.ofChannel(outsideFile, 1, 0.5);
        assertThat(outsideHeard.isTone(440, 20))
            .as("the outside party heard %s", outsideHeard)
            .isTrue();
      }
    }
    try (Database database =
        Database.open(StoreSettings.embedded(dir.resolve("data/queue-store")))) {
      Interaction stored = new Interactions(database).find(interaction).orElseThrow();
      assertThat(stored.endReason()).isEqualTo("transferred_out");
      assertThat(stored.attachedData()).containsEntry("product", "sales");
      assertThat(stored.legs())
          .extracting(Interaction.Leg::endReason)
          .containsExactly("transferred");
      assertThat(stored.notes())
          .extracting(Interaction.Note::text)
          .contains("transferred to the outside number " + ProxyLab.OUTSIDE_USER);
    }
  }

  @Test
  void anUnreachableOutsideNumberReturnsTheCustomerToTheAgentWithTheReasonInANote()
      throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    ServiceLab api = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone()) {
      QueueClient alice = api.readyIn(service, "alice", "sales");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        callSales(lab, phone);
        CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
        String interaction = interactionOf(toAlice);
        alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);

        lab.lab.kamailio().clearBindings("3141"); // a lab user with no phone registered
        alice.transfer(interaction, new Requests.Transfer("blind", "number", "3141"));

        InteractionView.Note note = noteAbout(alice, interaction, "3141");
        assertThat(note.text())
            .isEqualTo(
                "the transfer to the outside number 3141 failed: the number is unreachable (480);"
                    + " the customer is back with alice");
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.CONNECTED);
        assertThat(alice.interaction(interaction).state()).isEqualTo("connected");

        customerHearsAliceAgainThenHangsUp(customer, phone);
      }
    }
  }
}
