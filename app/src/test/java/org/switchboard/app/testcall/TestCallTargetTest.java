package org.switchboard.app.testcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestCallTargetTest {
  @Test
  void readsAnEntryNumberAtAHostAndPortWithOrWithoutTheScheme() {
    assertThat(TestCallTarget.parse(" sip:100@127.0.0.1:5070 "))
        .isEqualTo(new TestCallTarget("100", "127.0.0.1", 5070));
    assertThat(TestCallTarget.parse("SIP:queue@centre.example.com"))
        .isEqualTo(new TestCallTarget("queue", "centre.example.com", 5060));
    assertThat(TestCallTarget.parse("100@[::1]:5070").uri()).isEqualTo("sip:100@[::1]:5070");
  }

  @Test
  void refusesWhatIsNoAddressNamingIt() {
    assertThatThrownBy(() -> TestCallTarget.parse("100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100");
    assertThatThrownBy(() -> TestCallTarget.parse("sip:100@host:99999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99999");
  }
}
