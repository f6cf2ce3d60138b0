package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;

@Tag("lab")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RegistrationLabTest {
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
    LabAgents.clearBindings(lab, List.of("1001", "1002", "1003", "1015"));
  }

  @Test
  void registersWithTheRightPasswordAndKamailioShowsTheBinding() throws Exception {
    FakeMediaEngine media = FakeMediaEngine.pcmuOnly();
    try (SipUserAgent agent =
        LabAgents.start(LabAgents.account(lab, "1001", SipTransport.UDP), 15060, media)) {
      EventRecorder events = EventRecorder.on(agent);

      agent.register().get(10, TimeUnit.SECONDS);

      RegistrationEvent.Registered registered =
          events.awaitRegistration(RegistrationEvent.Registered.class, Duration.ofSeconds(2));
      assertThat(registered.expiresSeconds()).isPositive();
      assertThat(lab.kamailio().contactsOf("1001"))
          .anyMatch(c -> c.contains(lab.localAddress() + ":15060"));

      agent.unregister().get(10, TimeUnit.SECONDS);
      events.awaitRegistration(RegistrationEvent.Unregistered.class, Duration.ofSeconds(2));
      assertThat(lab.kamailio().contactsOf("1001")).noneMatch(c -> c.contains(":15060"));
      events.assertAllOnSipEvents();
    }
  }

  @Test
  void registersOverTcp() throws Exception {
    try (SipUserAgent agent =
        LabAgents.start(
            LabAgents.account(lab, "1015", SipTransport.TCP), 15075, FakeMediaEngine.pcmuOnly())) {
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(lab.kamailio().contactsOf("1015")).anyMatch(c -> c.contains("transport=tcp"));
    }
  }

  @Test
  void aWrongPasswordFailsPromptlyAsAuthenticationRejected() throws Exception {
    try (SipUserAgent agent =
        LabAgents.start(
            LabAgents.account(lab, "1002", "not-the-password", 5060, SipTransport.UDP),
            15061,
            FakeMediaEngine.pcmuOnly())) {
      EventRecorder events = EventRecorder.on(agent);
      long started = System.nanoTime();

      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> {
                assertThat(e.failure()).isEqualTo(RegistrationFailure.AUTHENTICATION_REJECTED);
                assertThat(e.getMessage()).isNotBlank().doesNotContain("not-the-password");
              });

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
      RegistrationEvent.Failed failed =
          events.awaitRegistration(RegistrationEvent.Failed.class, Duration.ofSeconds(1));
      assertThat(failed.failure()).isEqualTo(RegistrationFailure.AUTHENTICATION_REJECTED);
      assertThat(failed.sipStatus()).isIn(401, 403);
    }
  }

  @Test
  void aRegistrarWithNothingListeningIsUnreachableWithinTheBound() throws Exception {
    SipTimings quick =
        new SipTimings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(32),
            Duration.ofSeconds(30),
            Duration.ofSeconds(2));
    try (DatagramSocket silent =
            new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SipUserAgent agent =
            SipUserAgent.start(
                LabAgents.account(lab, "1003", "x", silent.getLocalPort(), SipTransport.UDP),
                new SipListenSettings(lab.localAddress(), 15062, SipTransport.UDP),
                FakeMediaEngine.pcmuOnly(),
                quick)) {
      long started = System.nanoTime();

      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> assertThat(e.failure()).isEqualTo(RegistrationFailure.UNREACHABLE));

      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isBetween(Duration.ofMillis(1500), Duration.ofSeconds(4));
    }
  }

  @Test
  void aTcpRegistrarThatRefusesConnectionsIsUnreachableAtOnce() throws Exception {
    try (SipUserAgent agent =
        LabAgents.start(
            LabAgents.account(lab, "1003", "x", 15098, SipTransport.TCP),
            15063,
            FakeMediaEngine.pcmuOnly())) {
      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> assertThat(e.failure()).isEqualTo(RegistrationFailure.UNREACHABLE));
    }
  }

  @Test
  void aListenPortInUseFailsTheStartNamingThePort() throws Exception {
    try (DatagramSocket taken =
        new DatagramSocket(
            new InetSocketAddress(InetAddress.getByName(lab.localAddress()), 15064))) {
      assertThatThrownBy(
              () ->
                  LabAgents.start(
                      LabAgents.account(lab, "1001", SipTransport.UDP),
                      15064,
                      FakeMediaEngine.pcmuOnly()))
          .isInstanceOf(SipStartException.class)
          .hasMessageContaining(lab.localAddress() + ":15064/UDP")
          .hasMessageContaining("already in use");
      assertThat(taken.isBound()).isTrue();
    }
  }

  @Test
  void portZeroPicksAFreePort() throws Exception {
    try (SipUserAgent agent =
        LabAgents.start(
            LabAgents.account(lab, "1001", SipTransport.UDP), 0, FakeMediaEngine.pcmuOnly())) {
      assertThat(agent.localPort()).isPositive();
    }
  }
}
