package org.switchboard.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void toStringMasksTheMiddleOfAnInternationalNumber() {
    assertThat(new PhoneNumber("+493012345656")).hasToString("+4930••••••56");
  }

  @Test
  void toStringNeverShowsAShortNumberWhole() {
    assertThat(new PhoneNumber("1001").toString()).isEqualTo("••••");
    assertThat(new PhoneNumber("123456").toString()).isEqualTo("12••56");
    assertThat(new PhoneNumber("5").toString()).isEqualTo("•");
  }

  @Test
  void valueKeepsTheWholeNumber() {
    assertThat(new PhoneNumber("+493012345656").value()).isEqualTo("+493012345656");
  }

  @Test
  void rejectsTextThatIsNotDialable() {
    assertThatThrownBy(() -> new PhoneNumber("call me"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhoneNumber("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PhoneNumber.isDialable("*72#")).isTrue();
  }

  @Test
  void remotePartyToStringHidesNameAndNumber() {
    RemoteParty party =
        new RemoteParty(
            "sip:+493012345656@example.com", "Jane Doe", new PhoneNumber("+493012345656"));
    assertThat(party.toString()).doesNotContain("Jane").doesNotContain("3012345");
  }
}
