package org.switchboard.sip.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipFragTest {
  @Test
  void readsTheStatusOfTheFragmentsStatusLine() {
    assertThat(SipFrag.status("SIP/2.0 100 Trying\r\n")).hasValue(100);
    assertThat(SipFrag.status("SIP/2.0 200 OK")).hasValue(200);
    assertThat(SipFrag.status("SIP/2.0 486 Busy Here\r\nContent-Length: 0\r\n")).hasValue(486);
  }

  @Test
  void anythingElseHasNoStatus() {
    assertThat(SipFrag.status("")).isEmpty();
    assertThat(SipFrag.status("INVITE sip:x SIP/2.0")).isEmpty();
    assertThat(SipFrag.status("SIP/2.0 9999 Huge")).isEmpty();
  }
}
