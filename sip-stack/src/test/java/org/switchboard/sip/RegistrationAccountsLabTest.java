package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.testkit.Lab;

/**
 * Several accounts at once in one JVM, each its own {@link SipUserAgent}, against the lab's
 * Kamailio: each keeps its own binding, one failing does not touch the others, and they call each
 * other. Users 3027-3034, ports 16041-16047.
 */
@Tag("lab")
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class RegistrationAccountsLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
    LabAgents.clearBindings(
        lab, List.of("3027", "3028", "3029", "3030", "3031", "3032", "3033", "3034"));
  }

  @Test
  void threeAccountsRegisterAtOnceEachWithItsOwnBindingAndOneLeavesAlone() throws Exception {
    try (SipUserAgent a = agent("3027", 16041);
        SipUserAgent b = agent("3028", 16042);
        SipUserAgent c = agent("3029", 16043)) {
      CompletableFuture.allOf(a.register(), b.register(), c.register()).get(10, TimeUnit.SECONDS);

      assertThat(lab.kamailio().contactsOf("3027")).singleElement().asString().contains(":16041");
      assertThat(lab.kamailio().contactsOf("3028")).singleElement().asString().contains(":16042");
      assertThat(lab.kamailio().contactsOf("3029")).singleElement().asString().contains(":16043");

      b.unregister().get(10, TimeUnit.SECONDS);

      assertThat(lab.kamailio().contactsOf("3028")).isEmpty();
      assertThat(lab.kamailio().contactsOf("3027")).hasSize(1);
      assertThat(lab.kamailio().contactsOf("3029")).hasSize(1);
    }
  }

  @Test
  void anAccountWithAWrongPasswordFailsWhileTheOtherStaysRegistered() throws Exception {
    try (SipUserAgent good = agent("3030", 16044);
        SipUserAgent bad =
            LabAgents.start(
                LabAgents.account(lab, "3031", "wrong", lab.registrarPort(), SipTransport.UDP),
                16045,
                FakeMediaEngine.pcmuOnly())) {
      CompletableFuture<Void> goodDone = good.register();
      assertThatThrownBy(() -> bad.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> assertThat(e.failure()).isEqualTo(RegistrationFailure.AUTHENTICATION_REJECTED));
      goodDone.get(10, TimeUnit.SECONDS);

      assertThat(lab.kamailio().contactsOf("3030")).hasSize(1);
      assertThat(lab.kamailio().contactsOf("3031")).isEmpty();
    }
  }

  @Test
  void twoRegisteredAccountsInOneProcessCallEachOtherThroughKamailio() throws Exception {
    try (AgentRig caller = AgentRig.registered(lab, "3032", 16046, FakeMediaEngine.pcmuOnly());
        AgentRig callee = AgentRig.registered(lab, "3033", 16047, FakeMediaEngine.pcmuOnly())) {
      CallId outgoing = caller.agent.dial("3033").get(5, TimeUnit.SECONDS);

      CallEvent.Incoming incoming = callee.events.awaitCall(CallEvent.Incoming.class, WAIT);
      assertThat(incoming.caller().uri()).contains("3032");
      callee.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      callee.events.awaitCall(CallEvent.Answered.class, WAIT);
      assertThat(caller.events.awaitCall(CallEvent.Answered.class, WAIT).callId())
          .isEqualTo(outgoing);

      caller.agent.hangup(outgoing).get(5, TimeUnit.SECONDS);
      assertThat(callee.events.awaitCall(CallEvent.Ended.class, WAIT).reason())
          .isEqualTo(EndReason.REMOTE_HANGUP);
      // Both bindings outlived the call.
      assertThat(lab.kamailio().contactsOf("3032")).hasSize(1);
      assertThat(lab.kamailio().contactsOf("3033")).hasSize(1);
    }
  }

  private static SipUserAgent agent(String user, int port) throws SipStartException {
    return LabAgents.start(
        LabAgents.account(lab, user, SipTransport.UDP), port, FakeMediaEngine.pcmuOnly());
  }
}
