package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.sip.SippRegistrars.agentFor;
import static org.switchboard.sip.SippRegistrars.registrar;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * A binding's life against sipp registrars: 423 Min-Expires, 503 with Retry-After, refreshes that
 * keep the Call-ID, un-REGISTER on exit, and retries with back-off when nobody answers. Each test
 * asserts what sipp received and the events the account showed.
 */
@Tag("lab")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RegistrationLifecycleLabTest {
  private static final Duration WAIT = Duration.ofSeconds(8);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void a423IsRetriedOnceWithTheRegistrarsMinExpires() throws Exception {
    try (Sipp sipp = registrar(lab, 8, "auth-423.xml", "minexpires", "900");
        SipUserAgent agent = agentFor(lab, 8, lab.passwordFor(SippRegistrars.user(8)))) {
      EventRecorder events = EventRecorder.on(agent);
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();

      List<SippTrace.Received> registers = SippTrace.requests(sipp, "REGISTER");
      assertThat(registers).hasSize(2);
      assertThat(registers.get(0).header("Expires")).hasValue("300");
      assertThat(registers.get(1).header("Expires")).hasValue("900");
      assertThat(registers.get(1).header("Call-ID")).isEqualTo(registers.get(0).header("Call-ID"));
      assertThat(registers.get(1).cseq()).isGreaterThan(registers.get(0).cseq());
      assertThat(
              events.awaitRegistration(RegistrationEvent.Registered.class, WAIT).expiresSeconds())
          .isEqualTo(900);
    }
  }

  @Test
  void a503WithRetryAfterIsRetriedAfterThatDelayAndTheStepsAreEvents() throws Exception {
    try (Sipp sipp = registrar(lab, 9, "auth-503.xml", "retryafter", "2");
        SipUserAgent agent = agentFor(lab, 9, lab.passwordFor(SippRegistrars.user(9)))) {
      EventRecorder events = EventRecorder.on(agent);

      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class, e -> assertThat(e.sipStatus()).isEqualTo(503));

      events.awaitRegistration(RegistrationEvent.Registering.class, WAIT);
      RegistrationEvent.Failed failed =
          events.awaitRegistration(RegistrationEvent.Failed.class, WAIT);
      assertThat(failed.sipStatus()).isEqualTo(503);
      assertThat(failed.failure()).isEqualTo(RegistrationFailure.REJECTED);
      RegistrationEvent.Retrying retrying =
          events.awaitRegistration(RegistrationEvent.Retrying.class, WAIT);
      assertThat(retrying.delay()).isEqualTo(Duration.ofSeconds(2));
      events.awaitRegistration(RegistrationEvent.Registering.class, WAIT);
      assertThat(
              events.awaitRegistration(RegistrationEvent.Registered.class, WAIT).expiresSeconds())
          .isEqualTo(300);
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();

      List<SippTrace.Received> registers = SippTrace.requests(sipp, "REGISTER");
      assertThat(registers).hasSize(2);
      assertThat(registers.get(1).atSeconds() - registers.get(0).atSeconds())
          .as("seconds between the REGISTERs sipp received")
          .isBetween(1.9, 3.0);
    }
  }

  @Test
  void refreshesBeforeExpiryKeepTheCallIdAndRaiseTheCSeqAndExitRemovesTheBinding()
      throws Exception {
    try (Sipp sipp = registrar(lab, 10, "auth-refresh.xml")) {
      try (SipUserAgent agent = agentFor(lab, 10, lab.passwordFor(SippRegistrars.user(10)))) {
        EventRecorder events = EventRecorder.on(agent);
        agent.register().get(10, TimeUnit.SECONDS);
        for (int granted : new int[] {2, 2, 30}) {
          assertThat(
                  events
                      .awaitRegistration(RegistrationEvent.Registered.class, WAIT)
                      .expiresSeconds())
              .isEqualTo(granted);
        }
      }
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();

      List<SippTrace.Received> registers = SippTrace.requests(sipp, "REGISTER");
      assertThat(registers).hasSize(4);
      assertThat(registers)
          .extracting(r -> r.header("Call-ID"))
          .containsOnly(registers.get(0).header("Call-ID"));
      for (int i = 1; i < registers.size(); i++) {
        assertThat(registers.get(i).cseq()).isGreaterThan(registers.get(i - 1).cseq());
      }
      for (int i = 1; i < 3; i++) {
        assertThat(registers.get(i).atSeconds() - registers.get(i - 1).atSeconds())
            .as("a refresh comes before the 2 s lifetime ends")
            .isLessThan(2.0);
      }
      assertThat(registers.get(3).header("Expires")).hasValue("0");
      assertThat(registers.get(3).header("Contact"))
          .hasValueSatisfying(c -> assertThat(c).contains("expires=0"));
    }
  }

  @Test
  void aRefreshAnswered503IsRetriedAfterRetryAfterAndTheBindingComesBack() throws Exception {
    try (Sipp sipp = registrar(lab, 19, "auth-refresh-503.xml")) {
      try (SipUserAgent agent = agentFor(lab, 19, lab.passwordFor(SippRegistrars.user(19)))) {
        EventRecorder events = EventRecorder.on(agent);
        agent.register().get(10, TimeUnit.SECONDS);
        events.awaitRegistration(RegistrationEvent.Registered.class, WAIT);

        RegistrationEvent.Failed failed =
            events.awaitRegistration(RegistrationEvent.Failed.class, WAIT);
        assertThat(failed.sipStatus()).isEqualTo(503);
        assertThat(events.awaitRegistration(RegistrationEvent.Retrying.class, WAIT).delay())
            .isEqualTo(Duration.ofSeconds(1));
        events.awaitRegistration(RegistrationEvent.Registered.class, WAIT);
      }
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();
      List<SippTrace.Received> registers = SippTrace.requests(sipp, "REGISTER");
      assertThat(registers).hasSize(4);
      assertThat(registers.get(2).atSeconds() - registers.get(1).atSeconds())
          .as("seconds between the refused refresh and its retry")
          .isBetween(0.9, 2.0);
      assertThat(registers)
          .extracting(r -> r.header("Call-ID"))
          .containsOnly(registers.get(0).header("Call-ID"));
      assertThat(registers.get(3).header("Expires")).hasValue("0");
    }
  }

  @Test
  void aSilentRegistrarIsRetriedWithBackOffUntilItAnswers() throws Exception {
    try (SipUserAgent agent = agentFor(lab, 11, lab.passwordFor(SippRegistrars.user(11)))) {
      EventRecorder events = EventRecorder.on(agent);

      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> assertThat(e.failure()).isEqualTo(RegistrationFailure.UNREACHABLE));
      RegistrationEvent.Retrying first =
          events.awaitRegistration(RegistrationEvent.Retrying.class, WAIT);
      // Back-off starts at 2 s with jitter: between half and all of it.
      assertThat(first.delay()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertThat(first.failure()).isEqualTo(RegistrationFailure.UNREACHABLE);

      try (Sipp sipp = registrar(lab, 11, "auth-accept.xml")) {
        events.awaitRegistration(RegistrationEvent.Registered.class, Duration.ofSeconds(12));
        assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();
        assertThat(SippTrace.requests(sipp, "REGISTER")).hasSize(1);
      }
    }
  }
}
