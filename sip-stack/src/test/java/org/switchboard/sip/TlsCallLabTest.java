package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;

/** Registration and a call between two of our agents over TLS through Kamailio. */
@Tag("lab")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TlsCallLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void registersOverTlsAndKamailioKeepsATlsBinding() throws Exception {
    lab.kamailio().clearBindings("3040");
    try (SipUserAgent agent =
        TlsAgents.start(
            lab,
            TlsAgents.tlsAccount(lab, "3040", lab.registrarHost(), lab.registrarTlsPort()),
            16100)) {
      agent.register().get(10, TimeUnit.SECONDS);

      assertThat(lab.kamailio().contactsOf("3040"))
          .anyMatch(c -> c.contains(lab.localAddress() + ":16100") && c.contains("transport=tls"));
      agent.unregister().get(10, TimeUnit.SECONDS);
      assertThat(lab.kamailio().contactsOf("3040")).isEmpty();
    }
  }

  @Test
  void twoAgentsCallEachOtherOverTls() throws Exception {
    lab.kamailio().clearBindings("3041");
    lab.kamailio().clearBindings("3042");
    try (SipUserAgent caller =
            TlsAgents.start(
                lab,
                TlsAgents.tlsAccount(lab, "3041", lab.registrarHost(), lab.registrarTlsPort()),
                16102);
        SipUserAgent callee =
            TlsAgents.start(
                lab,
                TlsAgents.tlsAccount(lab, "3042", lab.registrarHost(), lab.registrarTlsPort()),
                16104)) {
      EventRecorder calling = EventRecorder.on(caller);
      EventRecorder called = EventRecorder.on(callee);
      caller.register().get(10, TimeUnit.SECONDS);
      callee.register().get(10, TimeUnit.SECONDS);

      CallId outgoing = caller.dial("3042").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = called.awaitCall(CallEvent.Incoming.class, WAIT);
      assertThat(incoming.caller().uri()).contains("3041");
      callee.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      calling.awaitCall(CallEvent.Answered.class, WAIT);
      called.awaitCall(CallEvent.Answered.class, WAIT);

      caller.hangup(outgoing).get(5, TimeUnit.SECONDS);
      called.awaitCall(CallEvent.Ended.class, WAIT);
      calling.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(lab.kamailio().contactsOf("3042")).allMatch(c -> c.contains("transport=tls"));
    }
  }
}
