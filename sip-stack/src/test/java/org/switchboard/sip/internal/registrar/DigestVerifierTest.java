package org.switchboard.sip.internal.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.header.HeaderFactoryImpl;
import javax.sip.header.AuthorizationHeader;
import org.junit.jupiter.api.Test;

/** Server-side digest checks against the known answers of RFC 2617 and RFC 7616 (RFC 8760). */
class DigestVerifierTest {
  private static final String RFC7616_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
  private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

  private static DigestCredentials parse(String value) throws Exception {
    AuthorizationHeader header =
        (AuthorizationHeader) new HeaderFactoryImpl().createHeader("Authorization", value);
    return DigestCredentials.of(header).orElseThrow();
  }

  @Test
  void acceptsTheMd5AnswerOfRfc2617AndRefusesAnotherPassword() throws Exception {
    DigestCredentials answer =
        parse(
            "Digest username=\"Mufasa\", realm=\"testrealm@host.com\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\","
                + " qop=auth, nc=00000001, cnonce=\"0a4f113b\","
                + " response=\"6629fae49393a05397450978507c4ef1\","
                + " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");

    assertThat(DigestVerifier.matches(answer, "GET", "Circle Of Life".toCharArray())).isTrue();
    assertThat(DigestVerifier.matches(answer, "GET", "Circle of Life".toCharArray())).isFalse();
    assertThat(DigestVerifier.matches(answer, "POST", "Circle Of Life".toCharArray())).isFalse();
  }

  @Test
  void acceptsTheSha256AnswerOfRfc7616() throws Exception {
    DigestCredentials answer =
        parse(
            "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\","
                + " algorithm=SHA-256, nonce=\""
                + RFC7616_NONCE
                + "\", nc=00000001, cnonce=\""
                + RFC7616_CNONCE
                + "\", qop=auth,"
                + " response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"");

    assertThat(answer.algorithm().token()).isEqualTo("SHA-256");
    assertThat(DigestVerifier.matches(answer, "GET", "Circle of Life".toCharArray())).isTrue();
    assertThat(DigestVerifier.matches(answer, "GET", "Circle Of Life".toCharArray())).isFalse();
  }

  @Test
  void acceptsTheMd5AnswerOfRfc7616() throws Exception {
    DigestCredentials answer =
        parse(
            "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\","
                + " algorithm=MD5, nonce=\""
                + RFC7616_NONCE
                + "\", nc=00000001, cnonce=\""
                + RFC7616_CNONCE
                + "\", qop=auth, response=\"8ca523f5e9506fed4657c9700eebdbec\"");

    assertThat(DigestVerifier.matches(answer, "GET", "Circle of Life".toCharArray())).isTrue();
  }

  @Test
  void keepsTheUriExactlyAsSentAndReadsTheNonceCountAsHex() throws Exception {
    DigestCredentials answer =
        parse(
            "Digest username=\"1001\", realm=\"switchboard.test\", nonce=\"n\","
                + " uri=\"sip:switchboard.test;transport=UDP\", qop=auth, nc=0000001a,"
                + " cnonce=\"c\", response=\"AB\"");

    assertThat(answer.uri()).isEqualTo("sip:switchboard.test;transport=UDP");
    assertThat(answer.nonceCount()).isEqualTo(26);
    assertThat(answer.response()).isEqualTo("ab");
  }

  @Test
  void answersWithoutQopAuthOrWithAnUnknownAlgorithmAreNotCredentials() throws Exception {
    HeaderFactoryImpl headers = new HeaderFactoryImpl();
    String rfc2069 =
        "Digest username=\"1001\", realm=\"r\", nonce=\"n\", uri=\"sip:r\", response=\"ab\"";
    String unknown =
        "Digest username=\"1001\", realm=\"r\", nonce=\"n\", uri=\"sip:r\", qop=auth,"
            + " nc=00000001, cnonce=\"c\", algorithm=SHA-1, response=\"ab\"";

    assertThat(
            DigestCredentials.of(
                (AuthorizationHeader) headers.createHeader("Authorization", rfc2069)))
        .isEmpty();
    assertThat(
            DigestCredentials.of(
                (AuthorizationHeader) headers.createHeader("Authorization", unknown)))
        .isEmpty();
  }
}
