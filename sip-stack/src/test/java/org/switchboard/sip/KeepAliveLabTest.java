package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Keep-alives at the account's interval (1 s here): OPTIONS on UDP that sipp answers, CRLF pings on
 * TCP that a raw registrar sees and pongs, and a new registration when the pong does not come.
 */
@Tag("lab")
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class KeepAliveLabTest {
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static SipAccount everySecond(String user, int port, SipTransport transport) {
    return TlsAgents.account(lab, user, lab.localAddress(), port, transport)
        .withOptions(SipAccountOptions.defaults().withKeepAliveSeconds(1));
  }

  @Test
  void udpKeepAlivesAreOptionsToTheRegistrarEverySecond() throws Exception {
    try (Sipp registrar =
            Sipp.server(
                Path.of("src/test/resources/sipp/transport-keepalive-udp.xml"),
                lab.localAddress(),
                16166,
                3,
                lab.labDir().resolve("sipp"),
                Duration.ofSeconds(15));
        SipUserAgent agent =
            TlsAgents.start(lab, everySecond("3055", 16166, SipTransport.UDP), 16130)) {
      long started = System.nanoTime();
      agent.register().get(10, TimeUnit.SECONDS);

      assertThat(registrar.awaitExit(Duration.ofSeconds(8))).as(registrar.messages()).isZero();
      List<String> options = SippMessages.starting(registrar.messages(), "OPTIONS ");
      assertThat(options).hasSizeGreaterThanOrEqualTo(2);
      assertThat(options.get(0)).startsWith("OPTIONS sip:" + lab.localAddress() + ":16166 ");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void tcpKeepAlivesAreCrlfPingsAndAnsweredOnesKeepTheBinding() throws Exception {
    try (RawTcpRegistrar registrar = new RawTcpRegistrar(lab.localAddress(), 16168, true);
        SipUserAgent agent =
            TlsAgents.start(lab, everySecond("3056", 16168, SipTransport.TCP), 16132)) {
      agent.register().get(10, TimeUnit.SECONDS);

      await(() -> registrar.pings() >= 3, Duration.ofSeconds(6), "three CRLF pings");
      assertThat(registrar.registers()).hasSize(1);
      assertThat(registrar.connections()).isEqualTo(1);
    }
  }

  @Test
  void aMissingPongMakesTheAgentRegisterAgainOnANewConnection() throws Exception {
    try (RawTcpRegistrar registrar = new RawTcpRegistrar(lab.localAddress(), 16170, false);
        SipUserAgent agent =
            TlsAgents.start(lab, everySecond("3057", 16170, SipTransport.TCP), 16134)) {
      agent.register().get(10, TimeUnit.SECONDS);

      await(() -> registrar.registers().size() >= 2, Duration.ofSeconds(8), "a second REGISTER");
      assertThat(registrar.pings()).isPositive();
      assertThat(registrar.connections()).isGreaterThanOrEqualTo(2);
      assertThat(registrar.registers().get(1)).contains("REGISTER sip:" + lab.sipDomain());
    }
  }

  @Test
  void kamailioPongsCrlfPingsOverTlsSoTheAgentNeverRegistersAgain() throws Exception {
    lab.kamailio().clearBindings("3064");
    SipAccount account =
        TlsAgents.tlsAccount(lab, "3064", lab.registrarHost(), lab.registrarTlsPort());
    try (SipUserAgent agent =
        TlsAgents.start(
            lab, account.withOptions(account.options().withKeepAliveSeconds(1)), 16172)) {
      EventRecorder events = EventRecorder.on(agent);
      agent.register().get(10, TimeUnit.SECONDS);
      events.awaitRegistration(RegistrationEvent.Registered.class, Duration.ofSeconds(2));

      // Three pings go out in this window; a missing pong would show as a second registration.
      assertThatThrownBy(
              () ->
                  events.awaitRegistration(
                      RegistrationEvent.Registered.class, Duration.ofMillis(3500)))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("no Registered");
      assertThat(lab.kamailio().contactsOf("3064")).hasSize(1);
    }
  }

  private static void await(BooleanSupplier condition, Duration bound, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " within " + bound);
      }
      Thread.sleep(50);
    }
  }
}
