package org.switchboard.app.dial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PastedNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tel.: +49 (0)30 123 45-67|+49301234567",
        "tel:+1-201-555-0123|+12015550123",
        "Phone: (030) 123.456|030123456",
        "+1 555 123 4567 ext. 89|+15551234567",
        "Call 030 1234567 or 040 7654321|0301234567",
        "\u200E+49 30 1234567\u200F|+49301234567",
        "\u202B۰۹۱۲ ۱۲۳ ۴۵۶۷\u202C|09121234567",
        "\u2066٠٩١٢١٢٣٤٥٦٧\u2069|09121234567",
        "  2002 |2002",
        "*21#|*21#",
        "sip:alice@example.com|sip:alice@example.com",
        "Tel: +49 30 1234567|+49301234567",
      })
  void theNumberIsKeptAndEverythingAroundItGoes(String pasted, String cleaned) {
    assertThat(PastedNumber.clean(pasted)).isEqualTo(cleaned);
  }

  @ParameterizedTest
  @CsvSource(value = {"no number here", "sip:not an address", "''"})
  void textWithoutANumberGivesNothing(String pasted) {
    assertThat(PastedNumber.clean(pasted)).isEmpty();
  }
}
