package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * With an outbound proxy (sipp here), every out-of-dialog request goes to it with a pre-loaded
 * loose Route naming it, while the Request-URI still names the real target; a registrar that saw
 * the REGISTER come from another address (Via received/rport) gets that address registered.
 */
@Tag("lab")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OutboundProxyLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static SipAccount viaProxy(String user, int proxyPort) {
    return TlsAgents.account(lab, user, lab.registrarHost(), lab.registrarPort(), SipTransport.UDP)
        .withOptions(
            SipAccountOptions.defaults()
                .withOutboundProxy("sip:" + lab.localAddress() + ":" + proxyPort)
                .withKeepAliveSeconds(0));
  }

  private static Sipp proxy(String scenario, int port) {
    return Sipp.server(
        Path.of("src/test/resources/sipp", scenario),
        lab.localAddress(),
        port,
        1,
        lab.labDir().resolve("sipp"),
        Duration.ofSeconds(15));
  }

  @Test
  void aRegisterGoesToTheProxyWithARouteAndTheDomainAsRequestUri() throws Exception {
    try (Sipp proxy = proxy("transport-registrar.xml", 16160);
        SipUserAgent agent = TlsAgents.start(lab, viaProxy("3052", 16160), 16124)) {
      agent.register().get(10, TimeUnit.SECONDS);

      assertThat(proxy.awaitExit(WAIT)).as(proxy.messages()).isZero();
      List<String> registers = SippMessages.starting(proxy.messages(), "REGISTER ");
      assertThat(registers).isNotEmpty();
      String register = registers.get(0);
      assertThat(register).startsWith("REGISTER sip:" + lab.sipDomain() + " SIP/2.0");
      assertThat(SippMessages.header(register, "Route"))
          .containsExactly("<sip:" + lab.localAddress() + ":16160;transport=udp;lr>");
    }
  }

  @Test
  void anInviteGoesToTheProxyWithARouteAndTheCalleeAsRequestUri() throws Exception {
    try (Sipp proxy = proxy("transport-reject-invite.xml", 16162);
        SipUserAgent agent = TlsAgents.start(lab, viaProxy("3053", 16162), 16126)) {
      EventRecorder events = EventRecorder.on(agent);

      agent.dial("2002").get(5, TimeUnit.SECONDS);

      events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(proxy.awaitExit(WAIT)).as(proxy.messages()).isZero();
      String invite = SippMessages.starting(proxy.messages(), "INVITE ").get(0);
      assertThat(invite).startsWith("INVITE sip:2002@" + lab.sipDomain() + " SIP/2.0");
      assertThat(SippMessages.header(invite, "Route"))
          .containsExactly("<sip:" + lab.localAddress() + ":16162;transport=udp;lr>");
    }
  }

  @Test
  void whenTheRegistrarSeesAnotherAddressTheAgentRegistersThatOne() throws Exception {
    try (Sipp registrar = proxy("transport-nat-registrar.xml", 16164);
        SipUserAgent agent = TlsAgents.start(lab, viaProxy("3054", 16164), 16128)) {
      agent.register().get(10, TimeUnit.SECONDS);

      assertThat(registrar.awaitExit(WAIT)).as(registrar.messages()).isZero();
      List<String> registers = SippMessages.starting(registrar.messages(), "REGISTER ");
      assertThat(registers).hasSize(2);
      assertThat(SippMessages.header(registers.get(0), "Via").get(0)).contains(";rport");
      assertThat(SippMessages.header(registers.get(0), "Contact").get(0))
          .contains(lab.localAddress() + ":16128");
      assertThat(SippMessages.header(registers.get(1), "Contact").get(0))
          .contains("@192.0.2.44:40123");
      assertThat(SippMessages.header(registers.get(1), "Call-ID"))
          .isEqualTo(SippMessages.header(registers.get(0), "Call-ID"));
    }
  }
}
