package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PkceTest {

  @Test
  void verifierIsLongAndUsesOnlyUnreservedCharacters() {
    Pkce pkce = Pkce.generate(new SecureRandom());

    String verifier = new String(pkce.verifier().reveal());
    assertThat(verifier).hasSizeBetween(43, 128).matches("[A-Za-z0-9\\-._~]+");
  }

  @Test
  void challengeIsTheUnpaddedBase64UrlSha256OfTheVerifier() throws Exception {
    Pkce pkce = Pkce.generate(new SecureRandom());

    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(new String(pkce.verifier().reveal()).getBytes(StandardCharsets.US_ASCII));
    assertThat(pkce.challenge())
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
        .doesNotContain("=", "+", "/");
  }

  @Test
  void challengeMatchesTheRfc7636Example() {
    // RFC 7636 Appendix B.
    assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".toCharArray()))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void everySignInGetsItsOwnVerifierAndState() {
    SecureRandom random = new SecureRandom();

    assertThat(Pkce.generate(random).verifier()).isNotEqualTo(Pkce.generate(random).verifier());
    assertThat(Pkce.randomToken(random)).isNotEqualTo(Pkce.randomToken(random)).hasSize(43);
  }
}
