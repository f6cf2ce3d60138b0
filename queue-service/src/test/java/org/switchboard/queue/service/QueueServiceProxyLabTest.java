package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

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
import org.switchboard.queue.protocol.WireRoutingState;
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
}
