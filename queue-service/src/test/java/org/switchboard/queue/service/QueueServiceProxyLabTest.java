package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ProxyCalls.callSales;
import static org.switchboard.queue.service.ProxyCalls.customerHeardAtTheEnd;
import static org.switchboard.queue.service.ProxyCalls.interactionOf;
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
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * The service in proxy mode (ADR 0031) against the lab's real Kamailio: agents registered only at
 * Kamailio, the service's INVITEs going through it and answering its digest challenge, and consult
 * transfers between such agents (see {@link ProxyLab}).
 */
@Tag("lab")
@Timeout(120)
class QueueServiceProxyLabTest {
  @TempDir Path dir;

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
}
