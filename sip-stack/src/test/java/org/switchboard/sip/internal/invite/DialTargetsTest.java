package org.switchboard.sip.internal.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.EndReason;

class DialTargetsTest {
  @Test
  void aNumberOrUserGoesToTheAccountsDomain() {
    assertThat(DialTargets.toUri("2002", "pbx.example.com")).isEqualTo("sip:2002@pbx.example.com");
    assertThat(DialTargets.toUri(" +49 30 123-456 ", "d")).isEqualTo("sip:+4930123456@d");
    assertThat(DialTargets.toUri("alice", "d")).isEqualTo("sip:alice@d");
    assertThat(DialTargets.toUri("alice@example.org", "d")).isEqualTo("sip:alice@example.org");
  }

  @Test
  void sipAndSipsUrisAreKept() {
    assertThat(DialTargets.toUri("sip:2002@127.0.0.1", "d")).isEqualTo("sip:2002@127.0.0.1");
    assertThat(DialTargets.toUri("SIPS:bob@example.com:5061;transport=tls", "d"))
        .isEqualTo("sips:bob@example.com:5061;transport=tls");
    assertThat(DialTargets.toUri("sip:[2001:db8::1]:5070", "d"))
        .isEqualTo("sip:[2001:db8::1]:5070");
  }

  @Test
  void telUrisBecomeSipUrisWithUserPhone() {
    assertThat(DialTargets.toUri("tel:+49-30-123456;phone-context=x", "d"))
        .isEqualTo("sip:+4930123456@d;user=phone");
  }

  @Test
  void rejectsWhatIsNeitherNumberNorAddress() {
    for (String bad : new String[] {"", "a b", "sip:", "sip:@", "tel:abc", "x<y>@d", "http://x"}) {
      assertThatThrownBy(() -> DialTargets.toUri(bad, "d"))
          .as(bad)
          .isInstanceOf(CallControlException.class);
    }
  }

  @Test
  void mapsFinalStatusesToEndReasons() {
    assertThat(EndReasons.forStatus(486)).isEqualTo(EndReason.BUSY);
    assertThat(EndReasons.forStatus(600)).isEqualTo(EndReason.BUSY);
    assertThat(EndReasons.forStatus(603)).isEqualTo(EndReason.DECLINED);
    assertThat(EndReasons.forStatus(404)).isEqualTo(EndReason.UNAVAILABLE);
    assertThat(EndReasons.forStatus(480)).isEqualTo(EndReason.UNAVAILABLE);
    assertThat(EndReasons.forStatus(408)).isEqualTo(EndReason.TIMEOUT);
    assertThat(EndReasons.forStatus(487)).isEqualTo(EndReason.CANCELLED);
    assertThat(EndReasons.forStatus(500)).isEqualTo(EndReason.FAILED);
    assertThat(EndReasons.forStatus(488)).isEqualTo(EndReason.FAILED);
  }
}
