package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallerIdentityTest {
  @Test
  void aNumberOrPlainUserIsPresentedAnythingThatCouldBreakTheFromIsLeftOut() {
    assertThat(CallerIdentity.ofUntrusted("+4930901820", "Ada")).isNotNull();
    assertThat(CallerIdentity.ofUntrusted("3185", null)).isNotNull();
    assertThat(CallerIdentity.ofUntrusted("a b", null)).isNull();
    assertThat(CallerIdentity.ofUntrusted("x@evil", null)).isNull();
    assertThat(CallerIdentity.ofUntrusted("x>\r\nVia: y", null)).isNull();
    assertThat(CallerIdentity.ofUntrusted("", null)).isNull();
    assertThat(CallerIdentity.ofUntrusted(null, null)).isNull();
    assertThatThrownBy(() -> new CallerIdentity("a:b", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
