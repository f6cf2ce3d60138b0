package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * A registrar given as a domain name (RFC 3263) against dnsmasq: NAPTR, then SRV by priority, then
 * A; a target that does not answer, or refuses the connection, is left for the next one.
 */
@Tag("lab")
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class DnsTargetLabTest {
  private static final int DNS_PORT = 16190;
  private static Lab lab;
  private static Dnsmasq dns;

  @BeforeAll
  static void start() {
    lab = Lab.load();
    String ip = lab.localAddress();
    dns =
        Dnsmasq.start(
            lab,
            DNS_PORT,
            List.of(
                "naptr-record=lab.test,10,10,s,SIP+D2U,,_sip._udp.lab.test",
                "srv-host=_sip._udp.lab.test,silent.lab.test,16184,0,10",
                "srv-host=_sip._udp.lab.test,kamailio.lab.test,5060,1,10",
                "srv-host=_sip._tcp.lab.test,closed.lab.test,16186,0,10",
                "srv-host=_sip._tcp.lab.test,kamailio.lab.test,5060,1,10",
                "host-record=silent.lab.test," + ip,
                "host-record=closed.lab.test," + ip,
                "host-record=kamailio.lab.test," + ip));
  }

  @AfterAll
  static void stop() {
    dns.close();
  }

  private static SipAccount named(String user, String host, SipTransport transport) {
    return TlsAgents.account(lab, user, host, 5060, transport)
        .withOptions(
            SipAccountOptions.defaults()
                .withKeepAliveSeconds(0)
                .withDnsServers(List.of(lab.localAddress() + ":" + DNS_PORT)));
  }

  private static SipUserAgent start(SipAccount account, int port) throws SipStartException {
    SipTimings quick =
        new SipTimings(
            Duration.ofMillis(1500),
            Duration.ofSeconds(32),
            Duration.ofSeconds(30),
            Duration.ofSeconds(2));
    return SipUserAgent.start(
        account,
        new SipListenSettings(lab.localAddress(), port, account.transport()),
        FakeMediaEngine.pcmuOnly(),
        quick);
  }

  @Test
  void naptrThenSrvLeadToASilentTargetFirstAndThenToKamailio() throws Exception {
    lab.kamailio().clearBindings("3058");
    try (Sipp silent =
            Sipp.server(
                Path.of("src/test/resources/sipp/transport-silent.xml"),
                lab.localAddress(),
                16184,
                1,
                lab.labDir().resolve("sipp"),
                Duration.ofSeconds(15));
        SipUserAgent agent = start(named("3058", "lab.test", SipTransport.UDP), 16136)) {
      agent.register().get(10, TimeUnit.SECONDS);

      assertThat(SippMessages.starting(silent.messages(), "REGISTER ")).isNotEmpty();
      assertThat(lab.kamailio().contactsOf("3058"))
          .anyMatch(c -> c.contains(lab.localAddress() + ":16136"));
      assertThat(dns.log())
          .contains(
              "query[NAPTR] lab.test", "query[SRV] _sip._udp.lab.test", "query[A] silent.lab.test");
    }
  }

  @Test
  void aRefusedTcpConnectionMovesToTheNextSrvTargetAtOnce() throws Exception {
    lab.kamailio().clearBindings("3059");
    try (SipUserAgent agent = start(named("3059", "lab.test", SipTransport.TCP), 16138)) {
      long started = System.nanoTime();
      agent.register().get(10, TimeUnit.SECONDS);

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      assertThat(lab.kamailio().contactsOf("3059")).anyMatch(c -> c.contains("transport=tcp"));
      assertThat(dns.log()).contains("query[SRV] _sip._tcp.lab.test", "query[A] closed.lab.test");
    }
  }

  @Test
  void aRegistrarNameThatDoesNotResolveFailsNamingTheSetting() throws Exception {
    try (SipUserAgent agent = start(named("3060", "nowhere.lab.test", SipTransport.UDP), 16140)) {
      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(RegistrationException.class)
          .hasMessageContaining("registrarHost nowhere.lab.test does not resolve");
      assertThat(dns.log()).contains("query[A] nowhere.lab.test");
    }
  }
}
