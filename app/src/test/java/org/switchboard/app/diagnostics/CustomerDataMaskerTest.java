package org.switchboard.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDataMaskerTest {
  private final CustomerDataMasker masker =
      new CustomerDataMasker(List.of("Anna Schmidt", "Nordwind Logistik GmbH", "Lea"));

  @Test
  void theSameNumberInAnyWritingGetsTheSamePseudonymKeepingItsLastTwoDigits() {
    String masked =
        masker.mask(
            "call from +49 30 1234567, again +49301234567 and tel:+49-30-1234567; 030 7654321");

    assertThat(masked)
        .isEqualTo(
            "call from [phone-1 ending 67], again [phone-1 ending 67] and tel:[phone-1 ending 67];"
                + " [phone-2 ending 21]");
  }

  @Test
  void sipUsersEmailsAndDisplayNamesArePseudonymisedKeepingDomains() {
    String masked =
        masker.mask(
            "From: \"Bob Kunde\" <sip:bob@example.org>;tag=1\n"
                + "To: Carla Diaz <sips:+4930123456789@pbx.example.com>\n"
                + "mail bob.k@kunde.example about sip:bob@example.org");

    assertThat(masked)
        .isEqualTo(
            "From: \"[name-1]\" <sip:[user-1]@example.org>;tag=1\n"
                + "To: [name-2] <sips:[phone-1 ending 89]@pbx.example.com>\n"
                + "mail [email-1] about sip:[user-1]@example.org");
  }

  @Test
  void knownNamesAreHiddenWholeAndShortOnesAreIgnored() {
    assertThat(masker.mask("found ANNA SCHMIDT of Nordwind Logistik GmbH; agent Lea; Annabel"))
        .isEqualTo("found [name-1] of [name-2]; agent Lea; Annabel");
  }

  @Test
  void jsonNameFieldsAreHidden() {
    assertThat(masker.mask("{\"displayName\": \"Zoe Winter\", \"id\": \"c-9\"}"))
        .isEqualTo("{\"displayName\": \"[name-1]\", \"id\": \"c-9\"}");
  }

  @Test
  void timesDatesAddressesPortsAndVersionsStay() {
    String line =
        "2026-11-23 10:00:01.123 INFO  [sip-events] o.s.sip - registered 1001 via"
            + " 192.168.100.200:5060 rtp 40000 java 17.0.9+9 build 20261123.1 took 12345 ms";

    assertThat(masker.mask(line)).isEqualTo(line);
  }
}
