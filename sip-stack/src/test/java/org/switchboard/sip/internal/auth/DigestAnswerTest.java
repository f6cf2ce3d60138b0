package org.switchboard.sip.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestAnswerTest {
  private static final String RFC7616_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
  private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
  private static final String RFC7616_OPAQUE = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";

  private static DigestChallenge challenge(
      String realm, String nonce, DigestAlgorithm algorithm, Set<String> qop) {
    return new DigestChallenge(realm, nonce, null, algorithm, qop, false, false);
  }

  @Test
  void matchesTheMd5ExampleOfRfc2617() {
    DigestAnswer answer =
        DigestAnswer.compute(
            challenge(
                "testrealm@host.com",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                DigestAlgorithm.MD5,
                Set.of("auth", "auth-int")),
            "Mufasa",
            "Circle Of Life".toCharArray(),
            "GET",
            "/dir/index.html",
            "0a4f113b",
            1);

    assertThat(answer.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
  }

  @Test
  void matchesTheMd5AndSha256ExamplesOfRfc7616() {
    for (var expected :
        new Object[][] {
          {DigestAlgorithm.MD5, "8ca523f5e9506fed4657c9700eebdbec"},
          {
            DigestAlgorithm.SHA_256,
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
          }
        }) {
      DigestChallenge challenge =
          new DigestChallenge(
              "http-auth@example.org",
              RFC7616_NONCE,
              RFC7616_OPAQUE,
              (DigestAlgorithm) expected[0],
              Set.of("auth", "auth-int"),
              false,
              false);

      DigestAnswer answer =
          DigestAnswer.compute(
              challenge,
              "Mufasa",
              "Circle of Life".toCharArray(),
              "GET",
              "/dir/index.html",
              RFC7616_CNONCE,
              1);

      assertThat(answer.response()).isEqualTo(expected[1]);
    }
  }

  @Test
  void withoutQopUsesTheRfc2069Form() {
    // RFC 2069 section 2.4's inputs; the RFC prints a wrong response (a known erratum), this is
    // what its formula H(H(A1):nonce:H(A2)) gives.
    DigestAnswer answer =
        DigestAnswer.compute(
            challenge(
                "testrealm@host.com",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                DigestAlgorithm.MD5,
                Set.of()),
            "Mufasa",
            "CircleOfLife".toCharArray(),
            "GET",
            "/dir/index.html",
            "unused",
            1);

    assertThat(answer.response()).isEqualTo("1949323746fe6a43ef61f9606e7febea");
    assertThat(answer.headerValue())
        .doesNotContain("qop=")
        .doesNotContain("nc=")
        .doesNotContain("cnonce=");
  }

  @Test
  void formatsTheNonceCountAsEightLowerCaseHexDigits() {
    assertThat(DigestAnswer.formatNonceCount(1)).isEqualTo("00000001");
    assertThat(DigestAnswer.formatNonceCount(255)).isEqualTo("000000ff");
  }

  @Test
  void theHeaderValueCarriesEveryParameterAndEscapesQuotes() {
    DigestChallenge challenge =
        new DigestChallenge(
            "re\"alm", "n", "op", DigestAlgorithm.SHA_256, Set.of("auth"), false, true);

    DigestAnswer answer =
        DigestAnswer.compute(challenge, "1001", "pw".toCharArray(), "INVITE", "sip:2002@x", "c", 2);

    assertThat(answer.headerValue())
        .startsWith(
            "Digest username=\"1001\", realm=\"re\\\"alm\", nonce=\"n\", uri=\"sip:2002@x\"")
        .contains("algorithm=SHA-256", "cnonce=\"c\"", "qop=auth", "nc=00000002", "opaque=\"op\"");
    assertThat(challenge.answerHeaderName()).isEqualTo("Proxy-Authorization");
    assertThat(answer.toString()).doesNotContain(answer.response());
  }

  @Test
  void refusesAChallengeOfferingOnlyAuthInt() {
    assertThatThrownBy(
            () ->
                DigestAnswer.compute(
                    challenge("r", "n", DigestAlgorithm.MD5, Set.of("auth-int")),
                    "u",
                    "p".toCharArray(),
                    "REGISTER",
                    "sip:r",
                    "c",
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesAlgorithmNamesAndDefaultsToMd5() {
    assertThat(DigestAlgorithm.parse(null)).contains(DigestAlgorithm.MD5);
    assertThat(DigestAlgorithm.parse("sha-256")).contains(DigestAlgorithm.SHA_256);
    assertThat(DigestAlgorithm.parse("SHA-512-256-sess"))
        .contains(DigestAlgorithm.SHA_512_256_SESS);
    assertThat(DigestAlgorithm.parse("AKAv1-MD5")).isEmpty();
  }
}
