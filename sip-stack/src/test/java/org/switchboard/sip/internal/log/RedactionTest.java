package org.switchboard.sip.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void removesCredentialsAndSdpKeys() {
    String message =
        "REGISTER sip:pbx SIP/2.0\r\n"
            + "Authorization: Digest username=\"1001\", response=\"abc\"\r\n"
            + "proxy-authorization : Digest response=\"def\"\r\n"
            + "\r\n"
            + "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:SECRETKEY\r\n"
            + "k=clear:SECRET2\r\n";

    String redacted = Redaction.redact(message);

    assertThat(redacted)
        .doesNotContain("abc", "def", "SECRETKEY", "SECRET2")
        .contains("REGISTER sip:pbx SIP/2.0", "Authorization: <redacted>");
  }

  @Test
  void summariesKeepOneLineAndMaskLongDigitRuns() {
    assertThat(Redaction.summarise("INVITE sip:+4930123456@x SIP/2.0\r\nFrom: a"))
        .isEqualTo("INVITE sip:+•••@x SIP/2.0 …");
  }
}
