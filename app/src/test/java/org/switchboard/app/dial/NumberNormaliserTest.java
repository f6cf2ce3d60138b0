package org.switchboard.app.dial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberNormaliserTest {
  private final NumberNormaliser germany = new NumberNormaliser("de");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "030 1234567|+49301234567|+49 30 1234567",
        "030/123 45-67|+49301234567|+49 30 1234567",
        "+49 (0)30 1234567|+49301234567|+49 30 1234567",
        "0049 30 1234567|+49301234567|+49 30 1234567",
        "+1 201-555-0123|+12015550123|+1 201-555-0123",
        "۰۳۰ ۱۲۳۴۵۶۷|+49301234567|+49 30 1234567",
        "tel:+49-30-1234567|+49301234567|+49 30 1234567",
      })
  void numbersBecomeE164(String typed, String e164, String international) {
    assertThat(germany.normalise(typed)).isEqualTo(new DialTarget.Number(e164, international));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"2002|2002", "20 02|2002", "112|112", "*21#|*21#", "#31#0301234567|#31#0301234567"})
  void extensionsShortNumbersAndServiceCodesStayAsTyped(String typed, String dialled) {
    assertThat(germany.normalise(typed)).isEqualTo(new DialTarget.AsTyped(dialled));
  }

  @Test
  void sipAddressesAreDialledAsAddresses() {
    assertThat(germany.normalise(" sip:alice@example.com "))
        .isEqualTo(new DialTarget.Address("sip:alice@example.com"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12ab|dial.error.notANumber",
        "alice|dial.error.notANumber",
        "12+34|dial.error.notANumber",
        "+4930|dial.error.tooShort",
        "+999 12345678|dial.error.countryCode",
        "0301234567890123456789|dial.error.tooLong",
        "sip:alice|links.error.badAddress",
        "sip:alice@example.com?Route=x|links.error.headers",
      })
  void whatCannotBeDialledSaysWhy(String typed, String messageKey) {
    assertThat(germany.normalise(typed)).isEqualTo(new DialTarget.Invalid(messageKey));
  }

  @Test
  void withoutAHomeRegionOnlyInternationalNumbersAreUnderstood() {
    NumberNormaliser unknown = new NumberNormaliser("");

    assertThat(unknown.region()).isEqualTo(NumberNormaliser.UNKNOWN_REGION);
    assertThat(unknown.normalise("030 1234567"))
        .isEqualTo(new DialTarget.Invalid("dial.error.noRegion"));
    assertThat(unknown.normalise("+49 30 1234567"))
        .isEqualTo(new DialTarget.Number("+49301234567", "+49 30 1234567"));
    assertThat(unknown.normalise("2002")).isEqualTo(new DialTarget.AsTyped("2002"));
  }

  @Test
  void emptyTextIsEmpty() {
    assertThat(germany.normalise("  ")).isEqualTo(new DialTarget.Empty());
  }

  @Test
  void theRegionComesFromTheLocaleWhenKnown() {
    assertThat(NumberNormaliser.regionOf(Locale.GERMANY)).isEqualTo("DE");
    assertThat(NumberNormaliser.regionOf(Locale.forLanguageTag("fa-IR"))).isEqualTo("IR");
    assertThat(NumberNormaliser.regionOf(Locale.ENGLISH)).isEqualTo("ZZ");
    assertThat(new NumberNormaliser("ir").normalise("0912 123 4567"))
        .isEqualTo(new DialTarget.Number("+989121234567", "+98 912 123 4567"));
  }

  @Test
  void anUnknownRegionIsRefusedNamingIt() {
    assertThatThrownBy(() -> new NumberNormaliser("XQ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XQ'");
  }
}
