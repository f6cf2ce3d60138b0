package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import org.switchboard.queue.service.store.Database;
import org.switchboard.queue.service.store.Interaction;
import org.switchboard.queue.service.store.Interactions;
import org.switchboard.queue.service.store.StoreSettings;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * The service in proxy mode (ADR 0031) against the lab's real Kamailio: agents registered only at
 * Kamailio, the service's INVITEs going through it and answering its digest challenge (see {@link
 * ProxyLab}).
 */
@Tag("lab")
@Timeout(120)
class QueueServiceProxyLabTest {
  @TempDir Path dir;

  static String interactionOf(CallEvent.Incoming incoming) {
    return Objects.requireNonNull(
        incoming.headers().get(Headers.SIP_INTERACTION), "the INVITE names the interaction");
  }

  /** Dials the entry number straight at the service and chooses English and sales. */
  static void callSales(ProxyLab lab, BaresipControl phone) throws InterruptedException {
    phone.dial("sip:100@" + lab.address + ":" + ProxyLab.SIP_PORT);
    phone.awaitEvent("CALL_ESTABLISHED", WAIT);
    for (char key : "11".toCharArray()) {
      Thread.sleep(1500); // a prompt plays; keys may barge in
      phone.sendDtmf(key);
    }
  }

  /**
   * The service in proxy mode on {@code config}, alice's and the outside party's phones registered
   * at Kamailio, alice ready in sales, and a baresip customer's call to sales that alice answered.
   * Closing it stops them all, the customer first.
   */
  private static final class AliceOnACall implements AutoCloseable {
    final AgentPhone alicePhone;
    final AgentPhone outsidePhone;
    final QueueClient alice;
    final PrivateBaresip customer;
    final BaresipControl phone;
    final String interaction;
    private final List<AutoCloseable> started;

    private AliceOnACall(
        AgentPhone alicePhone,
        AgentPhone outsidePhone,
        QueueClient alice,
        PrivateBaresip customer,
        BaresipControl phone,
        String interaction,
        List<AutoCloseable> started) {
      this.alicePhone = alicePhone;
      this.outsidePhone = outsidePhone;
      this.alice = alice;
      this.customer = customer;
      this.phone = phone;
      this.interaction = interaction;
      this.started = started;
    }

    static AliceOnACall start(Path dir, ProxyLab lab, Path config) throws Exception {
      List<AutoCloseable> started = new ArrayList<>();
      try {
        QueueService service = QueueService.start(config, Clock.systemUTC());
        started.add(service);
        AgentPhone alicePhone = lab.alicePhone();
        started.add(alicePhone);
        AgentPhone outsidePhone = lab.outsidePhone();
        started.add(outsidePhone);
        QueueClient alice = new ServiceLab(dir).readyIn(service, "alice", "sales");
        PrivateBaresip customer = lab.customer();
        started.add(customer);
        BaresipControl phone = customer.peer().control();
        started.add(phone);
        callSales(lab, phone);
        String interaction = aliceAnswers(alicePhone, alice);
        return new AliceOnACall(
            alicePhone, outsidePhone, alice, customer, phone, interaction, started);
      } catch (Exception | AssertionError e) {
        closeAll(started);
        throw e;
      }
    }

    @Override
    public void close() {
      closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> started) {
      for (int i = started.size() - 1; i >= 0; i--) {
        try {
          started.get(i).close();
        } catch (Exception e) {
          // the next part is stopped regardless
        }
      }
    }
  }

  /** The customer talks with alice (1000 Hz) again for two and a half seconds, then hangs up. */
  private static void customerHearsAliceAgainThenHangsUp(
      PrivateBaresip customer, BaresipControl phone) throws InterruptedException {
    Thread.sleep(2500);
    phone.hangup();
    phone.awaitEvent("CALL_CLOSED", WAIT);
    ToneAnalysis heard = customerHeardAtTheEnd(customer);
    assertThat(heard.isTone(1000, 20)).as("the customer hears alice again: %s", heard).isTrue();
  }

  /** The first note on {@code interaction} that mentions {@code text}, waited for. */
  private static InteractionView.Note noteAbout(QueueClient alice, String interaction, String text)
      throws Exception {
    return await(
        "a note says why",
        () ->
            alice.interaction(interaction).notes().stream()
                .filter(n -> n.text().contains(text))
                .findFirst()
                .orElse(null));
  }

  /** What the customer heard in the last two seconds of the call. */
  static ToneAnalysis customerHeardAtTheEnd(PrivateBaresip customer) {
    Path heard = customer.peer().latestReceivedRecording(WAIT);
    double seconds = ToneAnalysis.of(heard).seconds();
    return ToneAnalysis.ofChannel(heard, 0, seconds - 2.0);
  }

  @Test
  void anAgentRegisteredOnlyAtKamailioIsOfferedTheCallThroughItAndTheAudioIsBridged()
      throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    ServiceLab api = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone()) {
      QueueClient alice = api.readyIn(service, "alice", "sales");

      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        callSales(lab, phone);

        CallEvent.Incoming incoming = alicePhone.await(CallEvent.Incoming.class);
        String interaction = interactionOf(incoming);
        assertThat(incoming.headers()).containsKey(Headers.SIP_OFFER);
        assertThat(lab.lab.kamailio().contactsOf(ProxyLab.ALICE_AOR_USER))
            .as("alice is registered at Kamailio")
            .isNotEmpty();
        alicePhone.sip.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);

        Thread.sleep(2500); // two and a half seconds of conversation to analyse
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        alicePhone.await(CallEvent.Ended.class);

        ToneAnalysis heard = customerHeardAtTheEnd(customer);
        assertThat(heard.isTone(1000, 20)).as("the customer hears alice: %s", heard).isTrue();
        Path aliceFile = await("alice's recording", () -> api.recording("a-"));
        ToneAnalysis aliceHeard = ToneAnalysis.ofChannel(aliceFile, 1, 0.5);
        assertThat(aliceHeard.isTone(440, 20)).as("alice heard %s", aliceHeard).isTrue();
        await("alice wraps up", () -> alice.agent("alice").routing() == WireRoutingState.WRAP_UP);
        InteractionView ended = alice.interaction(interaction);
        assertThat(ended.times().answered()).isNotNull();
        assertThat(ended.times().ended()).isNotNull();
      }
    }
  }

  @Test
  void whenKamailioRefusesTheServicesCredentialsTheAgentIsNeverRungAndCountsAsNotResponding()
      throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    ServiceLab api = new ServiceLab(dir);
    try (QueueService service =
            QueueService.start(lab.config("not-the-password"), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone()) {
      QueueClient alice = api.readyIn(service, "alice", "sales");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        callSales(lab, phone);

        await(
            "the failed offer counts against alice",
            () -> alice.agent("alice").routing() == WireRoutingState.NOT_RESPONDING);
        assertThat(alicePhone.pending()).as("alice's phone never rang").isEmpty();
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
      }
    }
  }

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
  void aConsultTransferLetsTheAgentsTalkThenCompletingItBridgesTheCustomerToTheTarget()
      throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    ServiceLab api = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      QueueClient alice = api.readyIn(service, "alice", "sales");
      QueueClient bob = api.readyIn(service, "bob", "support");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        callSales(lab, phone);
        CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
        String interaction = interactionOf(toAlice);
        alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);

        alice.transfer(interaction, new Requests.Transfer("consult", "agent", "bob"));
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        assertThat(interactionOf(toBob)).isEqualTo(interaction);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        Thread.sleep(2500); // alice and bob talk

        alice.completeTransfer(interaction);
        alicePhone.await(CallEvent.Ended.class); // the service lets alice go
        Path aliceFile = await("alice's recording", () -> api.recording("a-"));
        double aliceSeconds = ToneAnalysis.of(aliceFile).seconds();
        ToneAnalysis aliceHeard = ToneAnalysis.ofChannel(aliceFile, 1, aliceSeconds - 2.0);
        assertThat(aliceHeard.isTone(1500, 20)).as("alice heard bob: %s", aliceHeard).isTrue();
        assertThat(bob.interaction(interaction).agent()).isEqualTo("bob");

        Thread.sleep(2500); // the customer talks with bob
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        bobPhone.await(CallEvent.Ended.class);
        ToneAnalysis heard = customerHeardAtTheEnd(customer);
        assertThat(heard.isTone(1500, 20)).as("the customer hears bob: %s", heard).isTrue();
        Path bobFile = await("bob's recording", () -> api.recording("b-"));
        double bobSeconds = ToneAnalysis.of(bobFile).seconds();
        ToneAnalysis bobHeard = ToneAnalysis.ofChannel(bobFile, 1, bobSeconds - 2.0);
        assertThat(bobHeard.isTone(440, 20)).as("bob hears the customer: %s", bobHeard).isTrue();
      }
    }
  }

  @Test
  void aCancelledConsultHangsUpTheTargetAndBridgesTheCustomerBackToTheAgent() throws Exception {
    ProxyLab lab = new ProxyLab(dir);
    ServiceLab api = new ServiceLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      QueueClient alice = api.readyIn(service, "alice", "sales");
      QueueClient bob = api.readyIn(service, "bob", "support");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        callSales(lab, phone);
        CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
        String interaction = interactionOf(toAlice);
        alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);
        alice.transfer(interaction, new Requests.Transfer("consult", "agent", "bob"));
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);

        alice.cancelTransfer(interaction);

        bobPhone.await(CallEvent.Ended.class); // the service lets bob go
        Thread.sleep(2500); // the customer talks with alice again
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        ToneAnalysis heard = customerHeardAtTheEnd(customer);
        assertThat(heard.isTone(1000, 20)).as("the customer hears alice: %s", heard).isTrue();
      }
    }
  }

  /** Alice answers the customer's call; the interaction's id. */
  private static String aliceAnswers(AgentPhone alicePhone, QueueClient alice) throws Exception {
    CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
    String interaction = interactionOf(toAlice);
    alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
    await("alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);
    return interaction;
  }

  /** Alice consults the outside phone, which answers; the outside call's id there. */
  private static CallEvent.Incoming aliceConsultsTheOutsidePhone(
      QueueClient alice, String interaction, AgentPhone outsidePhone) throws Exception {
    InteractionView ringing =
        alice.transfer(
            interaction, new Requests.Transfer("consult", "number", ProxyLab.OUTSIDE_USER));
    assertThat(ringing.state()).isEqualTo("held");
    assertThat(Objects.requireNonNull(ringing.consult()).number()).isEqualTo(ProxyLab.OUTSIDE_USER);
    CallEvent.Incoming toOutside = outsidePhone.await(CallEvent.Incoming.class);
    assertThat(interactionOf(toOutside)).isEqualTo(interaction);
    outsidePhone.sip.answer(toOutside.callId()).get(5, TimeUnit.SECONDS);
    await(
        "the centre knows the number answered",
        () -> {
          InteractionView.Consult consult = alice.interaction(interaction).consult();
          return consult != null && consult.state().equals(InteractionView.Consult.ANSWERED);
        });
    return toOutside;
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
