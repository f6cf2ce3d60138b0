package org.switchboard.sip.internal.invite;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.time.Duration;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

class AutoAnswerRequestTest {
  private static Request invite(String extraHeaders) throws Exception {
    String text =
        "INVITE sip:3001@example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1\r\n"
            + "From: <sip:pbx@example.com>;tag=1\r\n"
            + "To: <sip:3001@example.com>\r\n"
            + "Call-ID: aa-1\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Max-Forwards: 70\r\n"
            + extraHeaders
            + "Content-Length: 0\r\n\r\n";
    return (SIPRequest) new StringMsgParser().parseSIPMessage(text.getBytes(), true, false, null);
  }

  @Test
  void callInfoAnswerAfterGivesTheDelay() throws Exception {
    assertThat(AutoAnswerRequest.of(invite("Call-Info: <sip:pbx.example.com>;answer-after=3\r\n")))
        .contains(Duration.ofSeconds(3));
  }

  @Test
  void alertInfoAutoAnswerAnswersAtOnceOrAfterItsDelay() throws Exception {
    assertThat(
            AutoAnswerRequest.of(
                invite("Alert-Info: <http://www.notused.com>;info=alert-autoanswer\r\n")))
        .contains(Duration.ZERO);
    assertThat(
            AutoAnswerRequest.of(
                invite("Alert-Info: <http://www.notused.com>;info=alert-autoanswer;delay=2\r\n")))
        .contains(Duration.ofSeconds(2));
    assertThat(AutoAnswerRequest.of(invite("Alert-Info: <http://x.example>;info=intercom\r\n")))
        .contains(Duration.ZERO);
  }

  @Test
  void hugeDelaysAreCappedAndOtherHeadersAskForNothing() throws Exception {
    assertThat(AutoAnswerRequest.of(invite("Call-Info: <sip:pbx>;answer-after=999999\r\n")))
        .contains(AutoAnswerRequest.MAX_DELAY);
    assertThat(AutoAnswerRequest.of(invite("Call-Info: <http://crm.example/7>;purpose=info\r\n")))
        .isEmpty();
    assertThat(AutoAnswerRequest.of(invite("Alert-Info: <http://x.example/ring.wav>\r\n")))
        .isEmpty();
    assertThat(AutoAnswerRequest.of(invite(""))).isEmpty();
  }
}
