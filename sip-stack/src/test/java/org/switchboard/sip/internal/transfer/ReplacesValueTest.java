package org.switchboard.sip.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplacesValueTest {
  @Test
  void readsCallIdTagsAndEarlyOnly() {
    ReplacesValue value =
        ReplacesValue.parse("425928@bobster.example.org;to-tag=7743;from-tag=6472;early-only")
            .orElseThrow();
    assertThat(value.callId()).isEqualTo("425928@bobster.example.org");
    assertThat(value.toTag()).isEqualTo("7743");
    assertThat(value.fromTag()).isEqualTo("6472");
    assertThat(value.earlyOnly()).isTrue();
  }

  @Test
  void aValueWithoutBothTagsIsMalformed() {
    assertThat(ReplacesValue.parse("abc@host;to-tag=1")).isEmpty();
    assertThat(ReplacesValue.parse(";to-tag=1;from-tag=2")).isEmpty();
  }

  @Test
  void survivesTheRoundTripThroughAReferToUri() {
    ReplacesValue value = new ReplacesValue("a+b@host", "t-1", "f.2~", false);
    String uriHeader = value.asUriHeader();
    assertThat(uriHeader).startsWith("Replaces=").doesNotContain(";").doesNotContain("@");
    assertThat(ReplacesValue.fromUriHeaders("X-Other=1&" + uriHeader)).contains(value);
  }

  @Test
  void aReferToWithoutReplacesHasNone() {
    assertThat(ReplacesValue.fromUriHeaders("Subject=hello")).isEmpty();
  }
}
