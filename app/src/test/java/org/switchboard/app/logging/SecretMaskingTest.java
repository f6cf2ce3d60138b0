package org.switchboard.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskingTest {
  @Test
  void aCredentialHeaderIsRemovedToTheEndOfItsLine() {
    String sip =
        "REGISTER sip:pbx.example.com SIP/2.0\r\n"
            + "Authorization: Digest username=\"1001\", realm=\"pbx\", nonce=\"abc\","
            + " response=\"6629fae49393a05397450978507c4ef1\"\r\n"
            + "Proxy-Authorization: Basic YWxpY2U6aHVudGVyMg==\r\n"
            + "Contact: <sip:1001@10.0.0.2>\r\n";

    String masked = SecretMasking.mask(sip);

    assertThat(masked)
        .contains("Authorization: [removed]\r\n", "Proxy-Authorization: [removed]\r\n")
        .contains("Contact: <sip:1001@10.0.0.2>")
        .doesNotContain("6629fae4", "YWxpY2U6aHVudGVyMg", "nonce");
  }

  @Test
  void aBearerTokenAndADigestResponseOutsideAHeaderAreRemoved() {
    assertThat(SecretMasking.mask("calling the CRM with Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"))
        .isEqualTo("calling the CRM with Bearer [removed]");
    assertThat(SecretMasking.mask("digest: username=\"a\", response=\"0123456789abcdef0123\""))
        .isEqualTo("digest: username=\"a\", response=\"[removed]\"");
  }

  @Test
  void valuesOfKeysNamingASecretAreRemovedKeepingTheirQuotes() {
    String masked =
        SecretMasking.mask(
            "login password=hunter2 user=bob {\"apiKey\": \"k-123\", \"clientSecret\":\"s 1\"}"
                + " https://crm.example.com/cb?code=1&access_token=tok456&x=1 sipPassword: pw789");

    assertThat(masked)
        .contains("password=[removed] user=bob")
        .contains("\"apiKey\": \"[removed]\"", "\"clientSecret\":\"[removed]\"")
        .contains("access_token=[removed]&x=1", "sipPassword: [removed]")
        .doesNotContain("hunter2", "k-123", "s 1", "tok456", "pw789");
  }

  @Test
  void endpointsAndKeychainEntryNamesThatOnlyMentionSecretsStay() {
    String text =
        "\"tokenEndpoint\": \"https://login.example.com/token\", \"passwordKey\": \"sip\","
            + " \"authorizationEndpoint\": \"https://login.example.com/auth\"";

    assertThat(SecretMasking.mask(text)).isEqualTo(text);
  }

  @Test
  void passwordsInUrlsAndSdpKeyMaterialAreRemoved() {
    String masked =
        SecretMasking.mask(
            "fetching https://admin:s3cret@prov.example.com/x and sip:1001:pw1@pbx\n"
                + "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz\n"
                + "k=base64:c2VjcmV0\n");

    assertThat(masked)
        .contains("https://admin:[removed]@prov.example.com/x", "sip:1001:[removed]@pbx")
        .contains("a=crypto:[removed]\n", "k=[removed]\n")
        .doesNotContain("s3cret", "pw1", "WVNfX19z", "c2VjcmV0");
  }

  @Test
  void ordinaryLinesAreUntouched() {
    String line =
        "2026-11-23 10:00:01.123 INFO  [desktop-io] o.s.app.boot.Desktop - registered as"
            + " sip:1001@pbx.example.com:5060 (basic settings, 3 tokens of 5)";

    assertThat(SecretMasking.mask(line)).isEqualTo(line);
  }
}
