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

  @Test
  void packetsDumpedAsByteListsAreHidden() {
    assertThat(Redaction.redact("Error while processing incoming UDP packet[65, 117, 116, 104]"))
        .isEqualTo("Error while processing incoming UDP packet[bytes]");
  }

  @Test
  void aWholeDatagramDumpedAsBytesIsSummarisedInLinearTime() {
    StringBuilder dump = new StringBuilder("Error while processing incoming UDP packet[");
    for (int i = 0; i < 65_000; i++) {
      dump.append(i % 128).append(", ");
    }
    long started = System.nanoTime();
    String summary = Redaction.summarise(dump.toString());
    assertThat(summary).startsWith("Error while processing incoming UDP packet[bytes]");
    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    assertThat(Redaction.redact(dump.toString())).endsWith("packet[bytes]");
  }
}
