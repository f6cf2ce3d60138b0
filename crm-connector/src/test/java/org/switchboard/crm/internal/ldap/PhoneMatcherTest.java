package org.switchboard.crm.internal.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.crm.internal.phone.PhoneNormalizer;

class PhoneMatcherTest {
  private final PhoneMatcher matcher = new PhoneMatcher(new PhoneNormalizer("DE"), null);

  @Test
  void storedNumbersMeanTheirE164FormHoweverTheyAreWritten() {
    assertThat(matcher.forms("+49 30 1234 1001")).containsExactly("+493012341001");
    assertThat(matcher.forms("030 1234-1001")).containsExactly("+493012341001");
    assertThat(matcher.forms("+49 (0)30 1234 1001")).containsExactly("+493012341001");
    assertThat(matcher.forms("0049.30.1234.1001")).containsExactly("+493012341001");
    assertThat(matcher.forms("1001")).containsExactly("1001");
  }

  @Test
  void anExtensionSuffixGivesTheExtensionAndTheMainNumber() {
    assertThat(matcher.forms("+49 30 1234-0 ext. 1003")).containsExactly("1003", "+493012340");
    assertThat(matcher.forms("+49 30 1234-0 x1003")).containsExactly("1003", "+493012340");
    assertThat(matcher.forms("Extension 1003")).containsExactly("1003");
  }

  @Test
  void textThatIsNoNumberMeansNothing() {
    assertThat(matcher.forms("ask reception")).isEmpty();
    assertThat(matcher.forms("")).isEmpty();
  }

  @Test
  void matchesOnlyEqualNormalisedNumbers() {
    var wanted = matcher.wanted(new PhoneNumber("+493012341001"));

    assertThat(matcher.matches(List.of("+49 30 2341 0001"), wanted)).isFalse();
    assertThat(matcher.matches(List.of("+49 30 2341 0001", "030 12341001"), wanted)).isTrue();
  }

  @Test
  void fullNumbersAreSearchedByTheirLastSevenDigitsInOrderAndExtensionsAsWritten() {
    assertThat(matcher.candidateTails(matcher.wanted(new PhoneNumber("+493012341001"))))
        .containsExactly(List.of("2", "3", "4", "1", "0", "0", "1"));
    assertThat(matcher.candidateTails(matcher.wanted(new PhoneNumber("1001"))))
        .containsExactly(List.of("1001"));
    assertThat(matcher.candidateTails(matcher.wanted(new PhoneNumber("*#")))).isEmpty();
  }

  @Test
  void anExtensionPrefixTiesExtensionsToFullNumbers() {
    PhoneMatcher company = new PhoneMatcher(new PhoneNormalizer("DE"), "+49301234");

    assertThat(company.wanted(new PhoneNumber("1001"))).containsExactly("1001", "+493012341001");
    assertThat(company.wanted(new PhoneNumber("+493012341001")))
        .containsExactly("+493012341001", "1001");
    assertThat(company.wanted(new PhoneNumber("+493099991001"))).containsExactly("+493099991001");
  }
}
