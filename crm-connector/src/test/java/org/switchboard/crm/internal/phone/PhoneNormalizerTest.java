package org.switchboard.crm.internal.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.call.PhoneNumber;

class PhoneNormalizerTest {
  private final PhoneNormalizer germany = new PhoneNormalizer("de");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+49 30 1234567|+49301234567",
        "030 1234567|+49301234567",
        "0049 (30) 123-4567|+49301234567",
        "sip:+49301234567@127.0.0.1;user=phone|+49301234567",
        "\"Ann\" <sip:030-1234567@pbx.example>;tag=1|+49301234567",
        "tel:+1-202-555-0143|+12025550143",
        "sips:+442079460958@example.com|+442079460958",
        "1001|1001",
        "sip:2001@127.0.0.1|2001"
      })
  void signalledNumbersBecomeE164OrExtensions(String raw, String expected) {
    assertThat(germany.normalise(raw)).contains(new PhoneNumber(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"anonymous", "sip:anonymous@anonymous.invalid", "", "Unknown", "+1", "12abc34x"})
  void withheldOrNonNumericCallersGiveNothing(String raw) {
    assertThat(germany.normalise(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "Germany", "zz"})
  void anUnknownRegionIsRefusedNamingTheSetting(String region) {
    assertThatThrownBy(() -> new PhoneNormalizer(region))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crm.defaultRegion")
        .hasMessageContaining(region);
  }
}
