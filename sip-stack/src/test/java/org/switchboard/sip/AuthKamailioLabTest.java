package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.switchboard.core.account.SipTransport;
import org.switchboard.testkit.Lab;

/**
 * Digest authentication verified by a real Kamailio 5.6 of the test's own ({@link
 * PrivateKamailio}), one per algorithm it supports: MD5 and SHA-256. (Kamailio 5.6's auth module
 * knows no SHA-512-256; {@link AuthChallengeLabTest} covers that one against sipp.) Kamailio checks
 * the response, qop=auth with cnonce, and that the nonce count grows; its log says what it
 * accepted.
 */
@Tag("lab")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AuthKamailioLabTest {
  private static final Duration WAIT = Duration.ofSeconds(8);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void kamailioAcceptsAnMd5AnswerWithQopAuth() throws Exception {
    registersWith("MD5", 12);
  }

  @Test
  void kamailioAcceptsAnSha256Answer() throws Exception {
    registersWith("SHA-256", 13);
  }

  private static void registersWith(String algorithm, int i) throws Exception {
    String user = SippRegistrars.user(i);
    try (PrivateKamailio kamailio =
            PrivateKamailio.start(lab, SippRegistrars.sippPort(i), algorithm, List.of(user));
        SipUserAgent agent = SippRegistrars.agentFor(lab, i, lab.passwordFor(user))) {
      agent.register().get(10, TimeUnit.SECONDS);

      assertThat(kamailio.control().contactsOf(user))
          .as(kamailio.log())
          .anyMatch(c -> c.contains(":" + SippRegistrars.agentPort(i)));
      assertThat(kamailio.acceptedCredentials())
          .as(kamailio.log())
          .containsExactly(
              "AUTHOK REGISTER " + user + " alg=" + algorithm + " qop=auth nc=00000001");
    }
  }

  @Test
  void kamailioRefusesAWrongPasswordUnderSha256() throws Exception {
    String user = SippRegistrars.user(14);
    try (PrivateKamailio kamailio =
            PrivateKamailio.start(lab, SippRegistrars.sippPort(14), "SHA-256", List.of(user));
        SipUserAgent agent = SippRegistrars.agentFor(lab, 14, "not-the-password")) {
      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> {
                assertThat(e.failure()).isEqualTo(RegistrationFailure.AUTHENTICATION_REJECTED);
                assertThat(e.sipStatus()).isEqualTo(403);
              });
      assertThat(kamailio.acceptedCredentials()).isEmpty();
      assertThat(kamailio.control().contactsOf(user)).isEmpty();
    }
  }

  @Test
  void refreshesReuseTheNonceWithAGrowingNonceCountAndExitRemovesTheBinding() throws Exception {
    String user = SippRegistrars.user(15);
    try (PrivateKamailio kamailio =
        PrivateKamailio.start(lab, SippRegistrars.sippPort(15), "SHA-256", List.of(user), 4)) {
      try (SipUserAgent agent = SippRegistrars.agentFor(lab, 15, lab.passwordFor(user))) {
        EventRecorder events = EventRecorder.on(agent);
        agent.register().get(10, TimeUnit.SECONDS);
        assertThat(
                events.awaitRegistration(RegistrationEvent.Registered.class, WAIT).expiresSeconds())
            .isEqualTo(4);
        events.awaitRegistration(RegistrationEvent.Registered.class, WAIT);
        assertThat(kamailio.control().contactsOf(user)).hasSize(1);
      }
      assertThat(kamailio.control().contactsOf(user)).as("binding after exit").isEmpty();
      // The refresh and the un-REGISTER carried credentials at once, on the first nonce.
      assertThat(kamailio.acceptedCredentials())
          .as(kamailio.log())
          .containsExactly(
              "AUTHOK REGISTER " + user + " alg=SHA-256 qop=auth nc=00000001",
              "AUTHOK REGISTER " + user + " alg=SHA-256 qop=auth nc=00000002",
              "AUTHOK REGISTER " + user + " alg=SHA-256 qop=auth nc=00000003");
    }
  }

  @Test
  void aNonceThatExpiredBeforeTheRefreshIsChallengedStaleAndAnsweredWithoutFailing()
      throws Exception {
    String user = SippRegistrars.user(17);
    try (PrivateKamailio kamailio =
            PrivateKamailio.start(lab, SippRegistrars.sippPort(17), "MD5", List.of(user), 4, 1);
        SipUserAgent agent = SippRegistrars.agentFor(lab, 17, lab.passwordFor(user))) {
      EventRecorder events = EventRecorder.on(agent);
      agent.register().get(10, TimeUnit.SECONDS);
      events.awaitRegistration(RegistrationEvent.Registered.class, WAIT);

      events.awaitRegistration(RegistrationEvent.Registered.class, WAIT);

      // -5: the first REGISTER had no credentials; -4: the refresh's nonce had expired.
      assertThat(kamailio.challenges())
          .as(kamailio.log())
          .containsExactly(
              "CHALLENGE REGISTER " + user + " rc=-5", "CHALLENGE REGISTER " + user + " rc=-4");
      assertThat(kamailio.acceptedCredentials())
          .as(kamailio.log())
          .containsExactly(
              "AUTHOK REGISTER " + user + " alg=MD5 qop=auth nc=00000001",
              "AUTHOK REGISTER " + user + " alg=MD5 qop=auth nc=00000001");
      assertThat(events.all).noneMatch(e -> e instanceof RegistrationEvent.Failed);
      assertThat(kamailio.control().contactsOf(user)).hasSize(1);
    }
  }

  @Test
  void closingTheAgentRemovesItsBindingFromTheLabKamailio() throws Exception {
    String user = SippRegistrars.user(16);
    lab.kamailio().clearBindings(user);
    try (SipUserAgent agent =
        LabAgents.start(
            LabAgents.account(lab, user, SipTransport.UDP), 16040, FakeMediaEngine.pcmuOnly())) {
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(lab.kamailio().contactsOf(user)).anyMatch(c -> c.contains(":16040"));
    }
    assertThat(lab.kamailio().contactsOf(user)).isEmpty();
  }
}
