package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
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
 * Steps the proxy-mode lab tests share: the customer's call to sales, alice answering, what was
 * heard.
 */
final class ProxyCalls {
  private ProxyCalls() {}

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

  /** The customer talks with alice (1000 Hz) again for two and a half seconds, then hangs up. */
  static void customerHearsAliceAgainThenHangsUp(PrivateBaresip customer, BaresipControl phone)
      throws InterruptedException {
    Thread.sleep(2500);
    phone.hangup();
    phone.awaitEvent("CALL_CLOSED", WAIT);
    ToneAnalysis heard = customerHeardAtTheEnd(customer);
    assertThat(heard.isTone(1000, 20)).as("the customer hears alice again: %s", heard).isTrue();
  }

  /** The first note on {@code interaction} that mentions {@code text}, waited for. */
  static InteractionView.Note noteAbout(QueueClient alice, String interaction, String text)
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

  /** Alice answers the customer's call; the interaction's id. */
  static String aliceAnswers(AgentPhone alicePhone, QueueClient alice) throws Exception {
    CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
    String interaction = interactionOf(toAlice);
    alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
    await("alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);
    return interaction;
  }

  /** Alice consults the outside phone, which answers; the outside call's id there. */
  static CallEvent.Incoming aliceConsultsTheOutsidePhone(
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
}
