package org.switchboard.sip.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.sip.internal.auth.AuthDecision.Refusal;

class ChallengeAnswererTest {
  private final ChallengeAnswerer answerer =
      new ChallengeAnswerer("1001", Secret.of("secret-1001"), "pbx.example.com", () -> "cn");

  private static DigestChallenge challenge(String realm, DigestAlgorithm algorithm, boolean stale) {
    return new DigestChallenge(
        realm, "nonce-" + stale, null, algorithm, Set.of("auth"), stale, false);
  }

  private AuthDecision decide(
      List<DigestChallenge> challenges, boolean toOurServer, ChallengeRound round) {
    return answerer.decide(challenges, "REGISTER", "sip:pbx.example.com", toOurServer, round);
  }

  @Test
  void answersTheFirstChallengeOfTheAccountsRealm() {
    AuthDecision decision =
        decide(
            List.of(challenge("PBX.example.com", DigestAlgorithm.MD5, false)),
            true,
            new ChallengeRound());

    assertThat(decision)
        .isInstanceOfSatisfying(
            AuthDecision.Answer.class,
            a -> {
              assertThat(a.headerName()).isEqualTo("Authorization");
              assertThat(a.headerValue()).contains("username=\"1001\"", "nc=00000001");
              assertThat(a.toString()).doesNotContain("response");
            });
  }

  @Test
  void answersOnlyOncePerRequestSoAWrongPasswordEndsAtTheSecondChallenge() {
    ChallengeRound round = new ChallengeRound();
    decide(List.of(challenge("pbx.example.com", DigestAlgorithm.MD5, false)), true, round);

    AuthDecision second =
        decide(List.of(challenge("pbx.example.com", DigestAlgorithm.MD5, false)), true, round);

    assertThat(second).isEqualTo(new AuthDecision.Refuse(Refusal.ALREADY_ANSWERED));
  }

  @Test
  void answersAgainWhenTheServerSaysTheNonceWasStaleButNotForever() {
    ChallengeRound round = new ChallengeRound();
    DigestChallenge stale = challenge("pbx.example.com", DigestAlgorithm.MD5, true);
    decide(List.of(challenge("pbx.example.com", DigestAlgorithm.MD5, false)), true, round);

    assertThat(decide(List.of(stale), true, round)).isInstanceOf(AuthDecision.Answer.class);
    assertThat(decide(List.of(stale), true, round)).isInstanceOf(AuthDecision.Answer.class);
    assertThat(decide(List.of(stale), true, round))
        .isEqualTo(new AuthDecision.Refuse(Refusal.ALREADY_ANSWERED));
  }

  @Test
  void countsReusesOfTheSameNonce() {
    DigestChallenge same = challenge("pbx.example.com", DigestAlgorithm.MD5, false);
    decide(List.of(same), true, new ChallengeRound());

    AuthDecision again = decide(List.of(same), true, new ChallengeRound());

    assertThat(((AuthDecision.Answer) again).headerValue()).contains("nc=00000002");
  }

  @Test
  void neverAnswersARealmOtherThanTheAccountsDomain() {
    assertThat(
            decide(
                List.of(challenge("evil.example.net", DigestAlgorithm.MD5, false)),
                true,
                new ChallengeRound()))
        .isEqualTo(new AuthDecision.Refuse(Refusal.FOREIGN_REALM));
  }

  @Test
  void neverAnswersARequestThatDidNotGoToTheAccountsServer() {
    assertThat(
            decide(
                List.of(challenge("pbx.example.com", DigestAlgorithm.MD5, false)),
                false,
                new ChallengeRound()))
        .isEqualTo(new AuthDecision.Refuse(Refusal.NOT_OUR_SERVER));
  }

  @Test
  void prefersTheStrongestAlgorithmOffered() {
    AuthDecision decision =
        decide(
            List.of(
                challenge("pbx.example.com", DigestAlgorithm.MD5, false),
                challenge("pbx.example.com", DigestAlgorithm.SHA_256, false)),
            true,
            new ChallengeRound());

    assertThat(((AuthDecision.Answer) decision).headerValue()).contains("algorithm=SHA-256");
  }

  @Test
  void refusesWhenNoChallengeIsUsable() {
    assertThat(decide(List.of(), true, new ChallengeRound()))
        .isEqualTo(new AuthDecision.Refuse(Refusal.UNSUPPORTED));
  }

  @Test
  void reusingAnAnsweredChallengeCountsOnWithoutARound() {
    DigestChallenge answered = challenge("pbx.example.com", DigestAlgorithm.SHA_256, false);
    AuthDecision first = decide(List.of(answered), true, new ChallengeRound());

    AuthDecision reused = answerer.reuse(answered, "REGISTER", "sip:pbx.example.com");

    assertThat(((AuthDecision.Answer) first).challenge()).isEqualTo(answered);
    assertThat(reused)
        .isInstanceOfSatisfying(
            AuthDecision.Answer.class,
            a -> assertThat(a.headerValue()).contains("nc=00000002", "algorithm=SHA-256"));
  }

  @Test
  void neverReusesAChallengeOfAnotherRealm() {
    assertThat(
            answerer.reuse(
                challenge("evil.example.net", DigestAlgorithm.MD5, false),
                "REGISTER",
                "sip:pbx.example.com"))
        .isEqualTo(new AuthDecision.Refuse(Refusal.FOREIGN_REALM));
  }
}
