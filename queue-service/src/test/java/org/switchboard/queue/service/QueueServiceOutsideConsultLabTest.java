package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ProxyCalls.aliceAnswers;
import static org.switchboard.queue.service.ProxyCalls.aliceConsultsTheOutsidePhone;
import static org.switchboard.queue.service.ProxyCalls.callSales;
import static org.switchboard.queue.service.ProxyCalls.customerHeardAtTheEnd;
import static org.switchboard.queue.service.ProxyCalls.customerHearsAliceAgainThenHangsUp;
import static org.switchboard.queue.service.ProxyCalls.noteAbout;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

import java.nio.file.Files;
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
 * Consult transfers to outside numbers (ADR 0031) through the lab's real Kamailio: alice talks to
 * the outside party while the customer hears music, then completes or cancels; a number that is
 * unreachable or unanswered, or a party that hangs up, cancels the consult with a note (see {@link
 * ProxyLab} and {@link AliceOnACall}).
 */
@Tag("lab")
@Timeout(120)
class QueueServiceOutsideConsultLabTest {
  @TempDir Path dir;

  @Test
  void anOutsideNumberRingingPastTheConfiguredTimeEndsTheConsultWithTheReasonInANote()
      throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    Path config = lab.config();
    Files.writeString(
        config,
        Files.readString(config)
            .replace("\n    proxy:\n", "\n    outsideRingTimeout: 5s\n    proxy:\n"));
    try (AliceOnACall call = AliceOnACall.start(dir, lab, config)) {
      QueueClient alice = call.alice;
      String interaction = call.interaction;

      alice.transfer(
          interaction, new Requests.Transfer("consult", "number", ProxyLab.OUTSIDE_USER));
      call.outsidePhone.await(CallEvent.Incoming.class); // it rings, and nobody answers
      CallEvent.Ended given = call.outsidePhone.await(CallEvent.Ended.class);

      InteractionView.Note note = noteAbout(alice, interaction, ProxyLab.OUTSIDE_USER);
      assertThat(note.text()).contains("failed: no answer within 5 s");
      assertThat(given.reason().name()).as("the ringing call is cancelled").contains("CANCEL");
      InteractionView back = alice.interaction(interaction);
      assertThat(back.state()).isEqualTo("connected");
      assertThat(back.consult()).isNull();
    }
  }

  @Test
  void aConsultWithAnOutsideNumberLetsAliceTalkToItThenCompletingItHandsTheCustomerOver()
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
        interaction = aliceAnswers(alicePhone, alice);
        alice.addNote(interaction, "wants the branch office");
        aliceConsultsTheOutsidePhone(alice, interaction, outsidePhone);
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.HELD);
        Thread.sleep(2500); // alice and the outside party talk

        InteractionView out = alice.completeTransfer(interaction);

        assertThat(out.endReason()).isEqualTo("transferred_out");
        assertThat(out.consult()).isNull();
        alicePhone.await(CallEvent.Ended.class); // the service lets alice go
        Path aliceFile = await("alice's recording", () -> api.recording("a-"));
        double aliceSeconds = ToneAnalysis.of(aliceFile).seconds();
        ToneAnalysis aliceHeard = ToneAnalysis.ofChannel(aliceFile, 1, aliceSeconds - 2.0);
        assertThat(aliceHeard.isTone(1500, 20))
            .as("alice heard the outside party: %s", aliceHeard)
            .isTrue();
        await("alice wraps up", () -> alice.agent("alice").routing() == WireRoutingState.WRAP_UP);
        InteractionView ended = alice.interaction(interaction);
        assertThat(ended.data()).containsEntry("product", "sales");
        assertThat(ended.notes())
            .extracting(InteractionView.Note::text)
            .containsExactly(
                "wants the branch office",
                "transferred to the outside number " + ProxyLab.OUTSIDE_USER);

        Thread.sleep(2500); // the customer talks with the outside party
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        outsidePhone.await(CallEvent.Ended.class);
        ToneAnalysis heard = customerHeardAtTheEnd(customer);
        assertThat(heard.isTone(1500, 20))
            .as("the customer hears the outside party: %s", heard)
            .isTrue();
        Path outsideFile = await("the outside party's recording", () -> api.recording("o-"));
        ToneAnalysis consulted = ToneAnalysis.ofChannel(outsideFile, 1, 0.5, 2.0);
        assertThat(consulted.isTone(1000, 20))
            .as("the outside party first heard alice: %s", consulted)
            .isTrue();
        double outsideSeconds = ToneAnalysis.of(outsideFile).seconds();
        ToneAnalysis outsideHeard = ToneAnalysis.ofChannel(outsideFile, 1, outsideSeconds - 2.0);
        assertThat(outsideHeard.isTone(440, 20))
            .as("the outside party then heard the customer: %s", outsideHeard)
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
          .containsExactly("transferred", "transferred");
      assertThat(stored.notes())
          .extracting(Interaction.Note::text)
          .contains(
              "wants the branch office",
              "transferred to the outside number " + ProxyLab.OUTSIDE_USER);
    }
  }

  @Test
  void aCancelledConsultWithAnOutsideNumberHangsItUpAndTheCustomerIsBackWithAlice()
      throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    try (AliceOnACall call = AliceOnACall.start(dir, lab, lab.config())) {
      QueueClient alice = call.alice;
      String interaction = call.interaction;
      CallEvent.Incoming toOutside =
          aliceConsultsTheOutsidePhone(alice, interaction, call.outsidePhone);

      InteractionView back = alice.cancelTransfer(interaction);

      assertThat(back.state()).isEqualTo("connected");
      assertThat(back.consult()).isNull();
      CallEvent.Ended bye = call.outsidePhone.await(CallEvent.Ended.class);
      assertThat(bye.callId())
          .as("the service hung up the outside call")
          .isEqualTo(toOutside.callId());
      assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.CONNECTED);
      Thread.sleep(2500); // the customer talks with alice again
      call.phone.hangup();
      call.phone.awaitEvent("CALL_CLOSED", WAIT);
      ToneAnalysis heard = customerHeardAtTheEnd(call.customer);
      assertThat(heard.isTone(1000, 20)).as("the customer hears alice: %s", heard).isTrue();
    }
  }

  @Test
  void aConsultWithAnUnreachableOutsideNumberIsCancelledWithTheReasonInANote() throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    ServiceLab api = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone()) {
      QueueClient alice = api.readyIn(service, "alice", "sales");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        callSales(lab, phone);
        String interaction = aliceAnswers(alicePhone, alice);

        lab.lab.kamailio().clearBindings("3141"); // a lab user with no phone registered
        alice.transfer(interaction, new Requests.Transfer("consult", "number", "3141"));

        InteractionView.Note note = noteAbout(alice, interaction, "3141");
        assertThat(note.text())
            .isEqualTo(
                "the consult with the outside number 3141 failed: the number is unreachable (480);"
                    + " the customer is back with alice");
        InteractionView back = alice.interaction(interaction);
        assertThat(back.state()).isEqualTo("connected");
        assertThat(back.consult()).isNull();
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.CONNECTED);

        customerHearsAliceAgainThenHangsUp(customer, phone);
      }
    }
  }

  @Test
  void anOutsidePartyHangingUpBeforeCompletionCancelsTheConsultWithANote() throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    try (AliceOnACall call = AliceOnACall.start(dir, lab, lab.config())) {
      QueueClient alice = call.alice;
      String interaction = call.interaction;
      CallEvent.Incoming toOutside =
          aliceConsultsTheOutsidePhone(alice, interaction, call.outsidePhone);

      call.outsidePhone.sip.hangup(toOutside.callId()).get(5, TimeUnit.SECONDS);

      InteractionView.Note note = noteAbout(alice, interaction, ProxyLab.OUTSIDE_USER);
      assertThat(note.text())
          .isEqualTo(
              "the consult with the outside number "
                  + ProxyLab.OUTSIDE_USER
                  + " failed: the outside party hung up; the customer is back with alice");
      InteractionView back = alice.interaction(interaction);
      assertThat(back.state()).isEqualTo("connected");
      assertThat(back.consult()).isNull();
      customerHearsAliceAgainThenHangsUp(call.customer, call.phone);
    }
  }

  @Test
  void theCustomerHangingUpDuringAnOutsideConsultHangsUpTheOutsideCall() throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    try (AliceOnACall call = AliceOnACall.start(dir, lab, lab.config())) {
      QueueClient alice = call.alice;
      String interaction = call.interaction;
      CallEvent.Incoming toOutside =
          aliceConsultsTheOutsidePhone(alice, interaction, call.outsidePhone);

      call.phone.hangup();
      call.phone.awaitEvent("CALL_CLOSED", WAIT);

      CallEvent.Ended bye = call.outsidePhone.await(CallEvent.Ended.class);
      assertThat(bye.callId()).isEqualTo(toOutside.callId());
      call.alicePhone.await(CallEvent.Ended.class);
      await("alice wraps up", () -> alice.agent("alice").routing() == WireRoutingState.WRAP_UP);
      InteractionView ended = alice.interaction(interaction);
      assertThat(ended.endReason()).isEqualTo("completed");
      assertThat(ended.consult()).isNull();
    }
  }
}
