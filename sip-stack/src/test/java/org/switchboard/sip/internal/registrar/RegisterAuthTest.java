package org.switchboard.sip.internal.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.sip.internal.auth.DigestAlgorithm;
import org.switchboard.sip.internal.auth.DigestAnswer;
import org.switchboard.sip.internal.auth.DigestChallenge;
import org.switchboard.testkit.ManualClock;

class RegisterAuthTest {
  private static final String REALM = "switchboard.test";
  private static final Map<String, String> PASSWORDS = Map.of("1001", "right");

  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T10:00:00Z"));
  private final Nonces nonces = new Nonces(clock, Duration.ofSeconds(60));
  private final RegisterAuth auth =
      new RegisterAuth(
          REALM, nonces, user -> Optional.ofNullable(PASSWORDS.get(user)).map(Secret::of));

  private static Request register(String user, String authorization) throws Exception {
    String text =
        "REGISTER sip:switchboard.test SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-1\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: <sip:"
            + user
            + "@switchboard.test>;tag=a\r\n"
            + "To: <sip:"
            + user
            + "@switchboard.test>\r\n"
            + "Call-ID: reg-1\r\n"
            + "CSeq: 2 REGISTER\r\n"
            + "Contact: <sip:"
            + user
            + "@127.0.0.1:5999>\r\n"
            + (authorization.isEmpty() ? "" : "Authorization: " + authorization + "\r\n")
            + "Content-Length: 0\r\n\r\n";
    return new MessageFactoryImpl().createRequest(text);
  }

  private static String answer(
      String user, String password, String nonce, DigestAlgorithm algorithm, long nc) {
    DigestChallenge challenge =
        new DigestChallenge(REALM, nonce, null, algorithm, Set.of("auth"), false, false);
    return DigestAnswer.compute(
            challenge, user, password.toCharArray(), "REGISTER", "sip:switchboard.test", "cn", nc)
        .headerValue();
  }

  @Test
  void aRegisterWithoutCredentialsIsChallenged() throws Exception {
    assertThat(auth.check(register("1001", ""), "1001")).isEqualTo(RegisterAuth.Verdict.CHALLENGE);
  }

  @Test
  void theRightPasswordIsAcceptedWithMd5AndSha256() throws Exception {
    for (DigestAlgorithm algorithm :
        new DigestAlgorithm[] {DigestAlgorithm.MD5, DigestAlgorithm.SHA_256}) {
      String nonce = nonces.issue();
      Request request = register("1001", answer("1001", "right", nonce, algorithm, 1));

      assertThat(auth.check(request, "1001"))
          .as(algorithm.token())
          .isEqualTo(RegisterAuth.Verdict.AUTHORIZED);
    }
  }

  @Test
  void aWrongPasswordAnUnknownUserOrSomeoneElsesAddressIsForbidden() throws Exception {
    String nonce = nonces.issue();

    assertThat(
            auth.check(
                register("1001", answer("1001", "wrong", nonce, DigestAlgorithm.MD5, 1)), "1001"))
        .isEqualTo(RegisterAuth.Verdict.FORBIDDEN);
    assertThat(
            auth.check(
                register("1002", answer("1002", "right", nonce, DigestAlgorithm.MD5, 1)), "1002"))
        .isEqualTo(RegisterAuth.Verdict.FORBIDDEN);
    assertThat(
            auth.check(
                register("1002", answer("1001", "right", nonce, DigestAlgorithm.MD5, 1)), "1002"))
        .isEqualTo(RegisterAuth.Verdict.FORBIDDEN);
  }

  @Test
  void anExpiredOrForeignNonceWithTheRightPasswordIsChallengedAsStale() throws Exception {
    String nonce = nonces.issue();
    clock.advance(Duration.ofSeconds(61));

    assertThat(
            auth.check(
                register("1001", answer("1001", "right", nonce, DigestAlgorithm.MD5, 1)), "1001"))
        .isEqualTo(RegisterAuth.Verdict.CHALLENGE_STALE);
    assertThat(
            auth.check(
                register("1001", answer("1001", "right", "forged", DigestAlgorithm.MD5, 1)),
                "1001"))
        .isEqualTo(RegisterAuth.Verdict.CHALLENGE_STALE);
  }

  @Test
  void aReplayedNonceCountIsChallengedAgain() throws Exception {
    String nonce = nonces.issue();
    Request first = register("1001", answer("1001", "right", nonce, DigestAlgorithm.SHA_256, 1));

    assertThat(auth.check(first, "1001")).isEqualTo(RegisterAuth.Verdict.AUTHORIZED);
    assertThat(auth.check(first, "1001")).isEqualTo(RegisterAuth.Verdict.CHALLENGE);
    assertThat(
            auth.check(
                register("1001", answer("1001", "right", nonce, DigestAlgorithm.SHA_256, 2)),
                "1001"))
        .isEqualTo(RegisterAuth.Verdict.AUTHORIZED);
  }

  @Test
  void credentialsForAnotherRealmAreChallenged() throws Exception {
    DigestChallenge other =
        new DigestChallenge(
            "elsewhere", nonces.issue(), null, DigestAlgorithm.MD5, Set.of("auth"), false, false);
    String value =
        DigestAnswer.compute(other, "1001", "right".toCharArray(), "REGISTER", "sip:x", "cn", 1)
            .headerValue();

    assertThat(auth.check(register("1001", value), "1001"))
        .isEqualTo(RegisterAuth.Verdict.CHALLENGE);
  }
}
