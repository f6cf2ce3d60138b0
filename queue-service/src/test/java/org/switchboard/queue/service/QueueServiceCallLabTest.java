package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallEvent;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * Customers' calls through the real service (the sample centre, see {@link ServiceLab}): baresip as
 * the customer (440 Hz), our desktop SIP stack as the agents (alice 1000 Hz, bob 1500 Hz),
 * registered at the service's registrar and driven through the API. Entry number 100; keys "11"
 * choose English and sales, "12" English and support (then the account number).
 */
@Tag("lab")
@Timeout(120)
class QueueServiceCallLabTest {
  @TempDir Path dir;

  private static String interactionOf(CallEvent.Incoming incoming) {
    return Objects.requireNonNull(
        incoming.headers().get(Headers.SIP_INTERACTION), "the INVITE names the interaction");
  }

  /** What the customer heard in the last two seconds of the call. */
  private static ToneAnalysis customerHeardAtTheEnd(PrivateBaresip customer) {
    Path heard = customer.peer().latestReceivedRecording(WAIT);
    double seconds = ToneAnalysis.of(heard).seconds();
    return ToneAnalysis.ofChannel(heard, 0, seconds - 2.0);
  }

  /** The customer talks with bob (1500 Hz) for two and a half seconds, then hangs up. */
  private static void customerHearsBobThenHangsUp(PrivateBaresip customer, BaresipControl phone)
      throws InterruptedException {
    Thread.sleep(2500);
    phone.hangup();
    phone.awaitEvent("CALL_CLOSED", WAIT);
    ToneAnalysis heard = customerHeardAtTheEnd(customer);
    assertThat(heard.isTone(1500, 20)).as("the customer hears bob: %s", heard).isTrue();
  }

  /** The customer calls sales and alice answers; returns the interaction. */
  private static String aliceAnswersASalesCall(
      ServiceLab lab, BaresipControl phone, AgentPhone alicePhone, QueueClient alice)
      throws Exception {
    lab.dialAndPress(phone, "11");
    CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
    alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
    await("alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);
    return interactionOf(toAlice);
  }

  @Test
  void aCustomerGoesThroughTheIvrAndTheQueueToAnAgentWhoHearsThemAndIsRecorded() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone()) {
      QueueClient alice = lab.readyIn(service, "alice", "sales");

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        lab.dialAndPress(phone, "11");

        CallEvent.Incoming incoming = alicePhone.await(CallEvent.Incoming.class);
        String interaction = interactionOf(incoming);
        assertThat(incoming.caller().uri())
            .as("alice's phone shows the customer's number, as a PBX presents it")
            .startsWith("sip:3185@");
        InteractionView call = alice.interaction(interaction);
        assertThat(call.queue()).isEqualTo("sales");
        assertThat(call.language()).isEqualTo("en");
        assertThat(call.data()).containsEntry("product", "sales");
        alicePhone.sip.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);

        Thread.sleep(2500);
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);

        ToneAnalysis heard = customerHeardAtTheEnd(customer);
        assertThat(heard.isTone(1000, 20)).as("the customer hears the agent: %s", heard).isTrue();
        await("alice wraps up", () -> alice.agent("alice").routing() == WireRoutingState.WRAP_UP);
        InteractionView ended = alice.interaction(interaction);
        assertThat(ended.times().answered()).isNotNull();
        assertThat(ended.times().ended()).isNotNull();

        Path serviceRecording = dir.resolve("data/recordings/" + interaction + ".wav");
        await("the service's recording", () -> Files.exists(serviceRecording));
        assertThat(ToneAnalysis.ofChannel(serviceRecording, 1, 0.5).isTone(440, 20))
            .as("right: what the customer said")
            .isTrue();
        Path agentFile = await("alice's recording", () -> lab.recording("a-"));
        ToneAnalysis aliceHeard = ToneAnalysis.ofChannel(agentFile, 1, 0.5);
        assertThat(aliceHeard.isTone(440, 20)).as("alice heard %s", aliceHeard).isTrue();
      }
    }
  }

  @Test
  void aMissedOfferIsCancelledAndRingsTheNextAgentTheAgentsHoldIsReportedAndAnAbandonCounts()
      throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    // Bob is a member of sales at penalty 1: he is reached once the call has waited widenEvery.
    Path config =
        lab.config("offerTimeout: 15s", "offerTimeout: 3s", "widenEvery: 30s", "widenEvery: 2s");
    try (QueueService service = QueueService.start(config, Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      QueueClient alice = lab.readyIn(service, "alice", "sales");
      QueueClient bob = lab.readyIn(service, "bob", "sales");

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        lab.dialAndPress(phone, "11");

        alicePhone.await(CallEvent.Incoming.class); // alice lets it ring
        CallEvent.Ended cancelled = alicePhone.await(CallEvent.Ended.class);
        assertThat(cancelled.reason().name())
            .as("the missed offer is cancelled")
            .contains("CANCEL");
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.NOT_RESPONDING);
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        String interaction = interactionOf(toBob);

        bobPhone.sip.hold(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("held", () -> bob.interaction(interaction).state().equals("held"));
        bobPhone.sip.resume(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("resumed", () -> bob.interaction(interaction).state().equals("connected"));
        assertThat(bob.interaction(interaction).times().holds()).hasSize(1);

        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        await("bob wraps up", () -> bob.agent("bob").routing() == WireRoutingState.WRAP_UP);

        // Nobody is free now (alice not responding, bob in wrap-up): the next caller waits, then
        // hangs up in the queue.
        lab.dialAndPress(phone, "11");
        QueueClient carol = lab.signedIn(service, "carol");
        await(
            "a caller waits in sales",
            () ->
                carol.figures().stream()
                    .anyMatch(f -> f.queue().equals("sales") && f.callsWaiting() == 1));
        Thread.sleep(6000); // past the sample's short-abandon threshold (5 s)
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        await(
            "the abandon counts",
            () ->
                carol.figures().stream()
                    .anyMatch(
                        f ->
                            f.queue().equals("sales")
                                && f.callsWaiting() == 0
                                && f.abandonRate() != null
                                && f.abandonRate() > 0));
      }
    }
  }

  @Test
  void aBlindTransferToAQueueRingsTheNextAgentWithTheSameDataAndNotes() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      QueueClient alice = lab.readyIn(service, "alice", "sales");
      QueueClient bob = lab.readyIn(service, "bob", "support");

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        String interaction = aliceAnswersASalesCall(lab, phone, alicePhone, alice);

        alice.addNote(interaction, "asked about the premium plan; wants support for the router");
        alice.transfer(interaction, new Requests.Transfer("blind", "queue", "support"));

        alicePhone.await(CallEvent.Ended.class); // the service takes the customer from alice
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        assertThat(interactionOf(toBob)).isEqualTo(interaction);
        InteractionView seenByBob = bob.interaction(interaction);
        assertThat(seenByBob.queue()).isEqualTo("support");
        assertThat(seenByBob.data()).containsEntry("product", "sales");
        assertThat(seenByBob.notes())
            .extracting(InteractionView.Note::text)
            .containsExactly("asked about the premium plan; wants support for the router");
        assertThat(seenByBob.legs()).hasSizeGreaterThanOrEqualTo(2);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.WRAP_UP);

        customerHearsBobThenHangsUp(customer, phone);
      }
    }
  }

  @Test
  void aBlindTransferToANamedAgentRingsThemWithTheSameData() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      QueueClient alice = lab.readyIn(service, "alice", "sales");
      QueueClient bob = lab.readyIn(service, "bob", "support"); // not in sales: only named

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        String interaction = aliceAnswersASalesCall(lab, phone, alicePhone, alice);

        alice.transfer(interaction, new Requests.Transfer("blind", "agent", "bob"));

        alicePhone.await(CallEvent.Ended.class);
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        assertThat(interactionOf(toBob)).isEqualTo(interaction);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        InteractionView withBob = bob.interaction(interaction);
        assertThat(withBob.agent()).isEqualTo("bob");
        assertThat(withBob.data()).containsEntry("product", "sales");
        assertThat(withBob.legs()).extracting(InteractionView.Leg::reason).contains("transfer");

        customerHearsBobThenHangsUp(customer, phone);
      }
    }
  }

  @Test
  void aConsultWithAQueueWaitsThereForAnAgentThenCompletingHandsTheCustomerOver() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      QueueClient alice = lab.readyIn(service, "alice", "sales");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        String interaction = aliceAnswersASalesCall(lab, phone, alicePhone, alice);

        InteractionView waiting =
            alice.transfer(interaction, new Requests.Transfer("consult", "queue", "support"));
        assertThat(Objects.requireNonNull(waiting.consult()).state())
            .as("nobody is in support yet")
            .isEqualTo(InteractionView.Consult.WAITING);
        QueueClient bob = lab.readyIn(service, "bob", "support");
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        assertThat(interactionOf(toBob)).isEqualTo(interaction);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await(
            "the consult answered",
            () -> {
              InteractionView.Consult c = alice.interaction(interaction).consult();
              return c != null && c.answered() ? c : null;
            });
        assertThat(alice.interaction(interaction).agent()).isEqualTo("alice");

        alice.completeTransfer(interaction);

        alicePhone.await(CallEvent.Ended.class);
        await("bob has the customer", () -> "bob".equals(bob.interaction(interaction).agent()));
        customerHearsBobThenHangsUp(customer, phone);
      }
    }
  }

  @Test
  void anEntryNumberAddedByAReloadIsAnsweredWithoutARestartAndARemovedOneIsNot() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    Path config = lab.config();
    try (QueueService service = QueueService.start(config, Clock.systemUTC())) {
      Files.writeString(
          config,
          Files.readString(config)
              .replace("numbers: [\"100\", queue]", "numbers: [\"101\", queue]"));
      lab.signedIn(service, "dave").reloadConfiguration();

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        phone.dial("sip:101@" + lab.address + ":" + ServiceLab.SIP_PORT);
        phone.awaitEvent("CALL_ESTABLISHED", WAIT);
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);

        phone.clearEvents();
        phone.dial("sip:100@" + lab.address + ":" + ServiceLab.SIP_PORT);
        JsonNode closed = phone.awaitEvent("CALL_CLOSED", WAIT);
        assertThat(closed.toString()).as("100 is no entry number any more").contains("404");
        assertThat(phone.seen().stream().filter(e -> e.contains("CALL_ESTABLISHED")))
            .as("only the call to 101 was answered")
            .hasSize(1);
      }
    }
  }

  @Test
  void aWaitingCallerPressesTheCallbackDigitIsToldItIsRecordedAndLeavesTheQueue() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC())) {
      QueueClient carol = lab.signedIn(service, "carol");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        lab.dialAndPress(phone, "11");
        String interaction =
            await(
                "the caller waits in sales",
                () ->
                    carol.snapshot().interactions().stream()
                        .filter(i -> i.queue().equals("sales") && i.state().equals("waiting"))
                        .map(InteractionView::id)
                        .findFirst()
                        .orElse(null));
        Thread.sleep(2000); // the queue's announcement offers the callback
        phone.sendDtmf('9');

        phone.awaitEvent("CALL_CLOSED", WAIT); // the service says so, then hangs up
        InteractionView done = carol.interaction(interaction);
        assertThat(done.endReason()).isEqualTo("callback_requested");
        assertThat(carol.snapshot().interactions())
            .extracting(InteractionView::id)
            .doesNotContain(interaction);
      }
    }
  }

  @Test
  void digitsCollectedInTheIvrTravelWithARingAllOfferAndTheFirstAnswerWins() throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    // Ring-all rings the lowest penalty level reached: alice (1 in the sample) joins bob's level 0.
    Path config =
        lab.config(
            "{queue: support, penalty: 1, order: 2}", "{queue: support, penalty: 0, order: 2}");
    try (QueueService service = QueueService.start(config, Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      QueueClient alice = lab.readyIn(service, "alice", "support");
      QueueClient bob = lab.readyIn(service, "bob", "support");

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        lab.dialAndPress(phone, "12"); // English, support: the account number first
        Thread.sleep(1500);
        for (char digit : "4711#".toCharArray()) {
          phone.sendDtmf(digit);
          Thread.sleep(300);
        }

        CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        String interaction = interactionOf(toBob);
        assertThat(interactionOf(toAlice)).isEqualTo(interaction);
        InteractionView offered = bob.interaction(interaction);
        assertThat(offered.queue()).isEqualTo("support");
        assertThat(offered.data()).containsEntry("account", "4711");

        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        alicePhone.await(CallEvent.Ended.class); // the other ring is withdrawn
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.IDLE);
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
      }
    }
  }
}
