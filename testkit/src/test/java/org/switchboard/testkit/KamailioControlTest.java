package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KamailioControlTest {
  @Test
  void readsTheContactAddressesOfAnUlLookup() {
    String output =
        String.join(
            "\n",
            "{",
            "\tAoR: 2001",
            "\tContacts: {",
            "\t\tContact: {",
            "\t\t\tAddress: sip:2001-0x563c44c26db0@127.0.0.1:5070",
            "\t\t\tExpires: 411",
            "\t\t}",
            "\t\tContact: {",
            "\t\t\tAddress: sip:2001@127.0.0.1:40001;transport=tcp",
            "\t\t}",
            "\t}",
            "}");

    assertThat(KamailioControl.contactsIn(output))
        .containsExactly(
            "sip:2001-0x563c44c26db0@127.0.0.1:5070", "sip:2001@127.0.0.1:40001;transport=tcp");
    assertThat(KamailioControl.contactsIn("error: 500 - AOR not found in location table"))
        .isEmpty();
  }

  @Test
  void failsClearlyWhenKamailioIsNotThere() {
    KamailioControl kamailio = new KamailioControl("unix:/nonexistent/kamailio_ctl");

    assertThatThrownBy(() -> kamailio.contactsOf("1001"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("kamcmd ul.lookup location s:1001 failed")
        .hasMessageContaining("lab/lab.sh status");
  }
}
