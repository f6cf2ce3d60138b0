package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.sip.SippRegistrars.agentFor;
import static org.switchboard.sip.SippRegistrars.registrar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Digest challenges sipp can pose and Kamailio 5.6 cannot: SHA-512-256 (RFC 8760), 407 on REGISTER,
 * two algorithms at once, stale nonces, endless challenges and a foreign realm. Each test asserts
 * what sipp received.
 */
@Tag("lab")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AuthChallengeLabTest {
  private static final Duration WAIT = Duration.ofSeconds(8);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void answersAnSha512256ChallengeWithQopAuthCnonceAndNonceCount() throws Exception {
    try (Sipp sipp =
            registrar(
                lab,
                0,
                "auth-challenge-once.xml",
                "algorithm",
                "SHA-512-256",
                "realm",
                lab.sipDomain());
        SipUserAgent agent = agentFor(lab, 0, lab.passwordFor(SippRegistrars.user(0)))) {
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();

      List<SippTrace.Received> registers = SippTrace.requests(sipp, "REGISTER");
      assertThat(registers).hasSize(2);
      Map<String, String> p =
          SippRegistrars.digestParams(registers.get(1).header("Authorization").orElseThrow());
      assertThat(p)
          .containsEntry("algorithm", "SHA-512-256")
          .containsEntry("qop", "auth")
          .containsEntry("nc", "00000001")
          .containsEntry("realm", lab.sipDomain())
          .containsEntry("username", SippRegistrars.user(0))
          .containsKey("cnonce");
      assertThat(p.get("nonce")).startsWith("n1-");
      assertThat(p.get("response")).isEqualTo(expectedResponse(p, "SHA-512/256", "REGISTER"));
    }
  }

  @Test
  void answersA407OnRegisterWithProxyAuthorization() throws Exception {
    try (Sipp sipp = registrar(lab, 1, "auth-proxy-challenge.xml", "realm", lab.sipDomain());
        SipUserAgent agent = agentFor(lab, 1, lab.passwordFor(SippRegistrars.user(1)))) {
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();

      SippTrace.Received answered = SippTrace.requests(sipp, "REGISTER").get(1);
      assertThat(answered.header("Authorization")).isEmpty();
      Map<String, String> p =
          SippRegistrars.digestParams(answered.header("Proxy-Authorization").orElseThrow());
      assertThat(p).containsEntry("algorithm", "MD5");
      assertThat(p.get("response")).isEqualTo(expectedResponse(p, "MD5", "REGISTER"));
    }
  }

  @Test
  void ofAnMd5AndAnSha256ChallengeAnswersTheStronger() throws Exception {
    try (Sipp sipp = registrar(lab, 2, "auth-two-challenges.xml", "realm", lab.sipDomain());
        SipUserAgent agent = agentFor(lab, 2, lab.passwordFor(SippRegistrars.user(2)))) {
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();

      Map<String, String> p =
          SippRegistrars.digestParams(
              SippTrace.requests(sipp, "REGISTER").get(1).header("Authorization").orElseThrow());
      assertThat(p).containsEntry("algorithm", "SHA-256");
      assertThat(p.get("nonce")).startsWith("sha-");
      assertThat(p.get("response")).isEqualTo(expectedResponse(p, "SHA-256", "REGISTER"));
    }
  }

  @Test
  void aStaleNonceIsAnsweredAgainWithoutAskingTheUser() throws Exception {
    try (Sipp sipp = registrar(lab, 3, "auth-stale.xml", "realm", lab.sipDomain());
        SipUserAgent agent = agentFor(lab, 3, lab.passwordFor(SippRegistrars.user(3)))) {
      EventRecorder events = EventRecorder.on(agent);
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();

      List<SippTrace.Received> registers = SippTrace.requests(sipp, "REGISTER");
      assertThat(registers).hasSize(3);
      Map<String, String> second =
          SippRegistrars.digestParams(registers.get(2).header("Authorization").orElseThrow());
      assertThat(second.get("nonce")).startsWith("n2-");
      assertThat(second).containsEntry("nc", "00000001");
      assertThat(events.all)
          .filteredOn(e -> e instanceof RegistrationEvent.Failed)
          .as("a stale nonce is no failure")
          .isEmpty();
    }
  }

  @Test
  void aServerThatChallengesEveryAnswerGetsOneAnswerAndTheAccountFails() throws Exception {
    try (Sipp sipp = registrar(lab, 4, "auth-endless.xml", "realm", lab.sipDomain());
        SipUserAgent agent = agentFor(lab, 4, lab.passwordFor(SippRegistrars.user(4)))) {
      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> assertThat(e.failure()).isEqualTo(RegistrationFailure.AUTHENTICATION_REJECTED));
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();
      assertThat(SippTrace.requests(sipp, "REGISTER")).hasSize(2);
    }
  }

  @Test
  void aServerThatCallsEveryNonceStaleIsAnsweredABoundedNumberOfTimes() throws Exception {
    try (Sipp sipp = registrar(lab, 5, "auth-endless-stale.xml", "realm", lab.sipDomain());
        SipUserAgent agent = agentFor(lab, 5, lab.passwordFor(SippRegistrars.user(5)))) {
      EventRecorder events = EventRecorder.on(agent);
      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> assertThat(e.failure()).isEqualTo(RegistrationFailure.AUTHENTICATION_REJECTED));
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();
      // The first answer, then at most two more for stale nonces.
      assertThat(SippTrace.requests(sipp, "REGISTER")).hasSize(4);
      RegistrationEvent.Failed failed =
          events.awaitRegistration(RegistrationEvent.Failed.class, Duration.ofSeconds(1));
      assertThat(failed.sipStatus()).isEqualTo(401);
      assertThat(events.all).noneMatch(e -> e instanceof RegistrationEvent.Retrying);
    }
  }

  @Test
  void aChallengeForAForeignRealmGetsNoCredentials() throws Exception {
    String password = lab.passwordFor(SippRegistrars.user(6));
    try (Sipp sipp = registrar(lab, 6, "auth-foreign-realm.xml");
        SipUserAgent agent = agentFor(lab, 6, password)) {
      EventRecorder events = EventRecorder.on(agent);
      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> {
                assertThat(e.failure()).isEqualTo(RegistrationFailure.REJECTED);
                assertThat(e.getMessage()).contains("realm").doesNotContain(password);
              });
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();
      List<SippTrace.Received> registers = SippTrace.requests(sipp, "REGISTER");
      assertThat(registers).hasSize(1);
      assertThat(registers.get(0).header("Authorization")).isEmpty();
      RegistrationEvent.Failed failed =
          events.awaitRegistration(RegistrationEvent.Failed.class, Duration.ofSeconds(1));
      assertThat(failed.detail()).contains("realm other than the account's");
    }
  }

  @Test
  void aPeerThatChallengesTheByeOfADirectCallGetsNoCredentials() throws Exception {
    try (SipUserAgent agent = directCallAgent(7);
        Sipp sipp = directCaller(7, "auth-bye-challenge.xml")) {
      EventRecorder events = EventRecorder.on(agent);
      CallId call = answerDirectCall(agent, events);

      agent.hangup(call).get(5, TimeUnit.SECONDS);

      events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();
      List<SippTrace.Received> byes = SippTrace.requests(sipp, "BYE");
      assertThat(byes).as(sipp.messages()).hasSize(1);
      assertThat(byes.get(0).header("Authorization")).isEmpty();
      assertThat(byes.get(0).header("Proxy-Authorization")).isEmpty();
    }
  }

  @Test
  void aPeerThatChallengesAReInviteOfADirectCallGetsNoCredentials() throws Exception {
    try (SipUserAgent agent = directCallAgent(18);
        Sipp sipp = directCaller(18, "auth-reinvite-challenge.xml")) {
      EventRecorder events = EventRecorder.on(agent);
      CallId call = answerDirectCall(agent, events);

      agent.hold(call).get(5, TimeUnit.SECONDS);
      // The ACK of the 407: the challenge has reached the agent; a retry would come before the BYE.
      SippTrace.awaitRequests(sipp, "ACK", 1, WAIT);
      agent.hangup(call).get(5, TimeUnit.SECONDS);

      assertThat(sipp.awaitExit(WAIT)).as(sipp.messages()).isZero();
      List<SippTrace.Received> reInvites = SippTrace.requests(sipp, "INVITE");
      assertThat(reInvites).as(sipp.messages()).hasSize(1);
      assertThat(reInvites.get(0).header("Proxy-Authorization")).isEmpty();
      assertThat(reInvites.get(0).header("Authorization")).isEmpty();
    }
  }

  /** An agent whose registrar is the lab's Kamailio and that takes direct calls. */
  private static SipUserAgent directCallAgent(int i) throws SipStartException {
    SipAccount account =
        LabAgents.account(lab, SippRegistrars.user(i), SipTransport.UDP)
            .withOptions(SipAccountOptions.defaults().withDirectCallsAllowed(true));
    return SipUserAgent.start(
        account,
        new SipListenSettings(lab.localAddress(), SippRegistrars.agentPort(i), SipTransport.UDP),
        FakeMediaEngine.pcmuOnly(),
        SippRegistrars.QUICK);
  }

  /** sipp calling agent {@code i} directly, challenging with the account's own realm. */
  private static Sipp directCaller(int i, String scenario) {
    return Sipp.client(
        SippRegistrars.scenario(scenario),
        lab.localAddress(),
        SippRegistrars.sippPort(i),
        lab.localAddress() + ":" + SippRegistrars.agentPort(i),
        1,
        lab.labDir().resolve("sipp-auth"),
        Duration.ofSeconds(20),
        "-s",
        SippRegistrars.user(i),
        "-key",
        "realm",
        lab.sipDomain(),
        "-mp",
        Integer.toString(16070 + i));
  }

  private static CallId answerDirectCall(SipUserAgent agent, EventRecorder events)
      throws Exception {
    CallEvent.Incoming incoming = events.awaitCall(CallEvent.Incoming.class, WAIT);
    agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
    events.awaitCall(CallEvent.Answered.class, WAIT);
    return incoming.callId();
  }

  /** The digest response for {@code p} computed here, independently of the code under test. */
  private static String expectedResponse(Map<String, String> p, String hash, String method)
      throws Exception {
    String ha1 =
        hex(
            hash,
            p.get("username")
                + ":"
                + p.get("realm")
                + ":"
                + lab.passwordFor(p.getOrDefault("username", "")));
    String ha2 = hex(hash, method + ":" + p.get("uri"));
    return hex(
        hash,
        String.join(":", ha1, p.get("nonce"), p.get("nc"), p.get("cnonce"), p.get("qop"), ha2));
  }

  private static String hex(String hash, String text) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance(hash).digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
