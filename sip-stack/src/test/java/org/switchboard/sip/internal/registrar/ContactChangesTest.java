package org.switchboard.sip.internal.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.util.Optional;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;
import org.switchboard.sip.SipRegistrarSettings;

class ContactChangesTest {
  private final SipRegistrarSettings settings =
      SipRegistrarSettings.defaults(user -> Optional.empty()).withExpires(60, 3600, 1800);

  private static Request register(String headers) throws Exception {
    return new MessageFactoryImpl()
        .createRequest(
            "REGISTER sip:switchboard.test SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-1\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:1001@switchboard.test>;tag=a\r\n"
                + "To: <sip:1001@switchboard.test>\r\n"
                + "Call-ID: reg-1\r\n"
                + "CSeq: 1 REGISTER\r\n"
                + headers
                + "Content-Length: 0\r\n\r\n");
  }

  @Test
  void theContactParameterWinsOverTheHeaderWhichWinsOverTheDefault() throws Exception {
    ContactChanges changes =
        ContactChanges.of(
            register(
                "Contact: <sip:1001@127.0.0.1:5001>;expires=120, <sip:1001@127.0.0.1:5002>\r\n"
                    + "Expires: 300\r\n"),
            settings);
    ContactChanges defaulted =
        ContactChanges.of(register("Contact: <sip:1001@127.0.0.1:5001>\r\n"), settings);

    assertThat(changes.changes())
        .extracting(ContactChanges.Change::expires)
        .containsExactly(120, 300);
    assertThat(defaulted.changes())
        .extracting(ContactChanges.Change::expires)
        .containsExactly(1800);
  }

  @Test
  void aLifetimeAboveTheMaximumIsShortenedAndOneBelowTheMinimumRefusedWith423() throws Exception {
    ContactChanges clamped =
        ContactChanges.of(
            register("Contact: <sip:1001@127.0.0.1:5001>\r\nExpires: 86400\r\n"), settings);

    assertThat(clamped.changes()).extracting(ContactChanges.Change::expires).containsExactly(3600);
    assertThatThrownBy(
            () ->
                ContactChanges.of(
                    register("Contact: <sip:1001@127.0.0.1:5001>;expires=10\r\n"), settings))
        .isInstanceOfSatisfying(
            ContactChanges.Refusal.class, r -> assertThat(r.status).isEqualTo(423));
  }

  @Test
  void starNeedsExpiresZeroAndNoOtherContact() throws Exception {
    assertThat(ContactChanges.of(register("Contact: *\r\nExpires: 0\r\n"), settings).removeAll())
        .isTrue();
    assertThatThrownBy(() -> ContactChanges.of(register("Contact: *\r\nExpires: 60\r\n"), settings))
        .isInstanceOfSatisfying(
            ContactChanges.Refusal.class, r -> assertThat(r.status).isEqualTo(400));
  }

  @Test
  void noContactIsAQueryAndExpiresZeroARemoval() throws Exception {
    assertThat(ContactChanges.of(register(""), settings).isQuery()).isTrue();
    assertThat(
            ContactChanges.of(
                    register("Contact: <sip:1001@127.0.0.1:5001>;expires=0\r\n"), settings)
                .changes())
        .extracting(ContactChanges.Change::expires)
        .containsExactly(0);
  }
}
