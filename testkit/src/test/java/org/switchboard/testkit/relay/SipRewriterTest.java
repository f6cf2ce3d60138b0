package org.switchboard.testkit.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The splice's rewriting of SIP and SDP, and its registrar stub. */
class SipRewriterTest {
  private static final String BODY =
      "v=0\r\n"
          + "o=- 1 1 IN IP4 10.0.0.1\r\n"
          + "s=-\r\n"
          + "c=IN IP4 10.0.0.1\r\n"
          + "t=0 0\r\n"
          + "m=audio 27200 RTP/AVP 0 101\r\n"
          + "a=rtcp:27201\r\n";
  private static final String INVITE =
      "INVITE sip:3153@10.0.0.1:27162 SIP/2.0\r\n"
          + "Via: SIP/2.0/UDP 10.0.0.1:27160;branch=z9hG4bK1;rport\r\n"
          + "Route: <sip:10.0.0.1:27162;lr>\r\n"
          + "From: <sip:3152@10.0.0.1>;tag=a\r\n"
          + "To: <sip:3153@10.0.0.1:27162>\r\n"
          + "Contact: <sip:3152@10.0.0.1:27160>\r\n"
          + "Call-ID: x\r\n"
          + "CSeq: 1 INVITE\r\n"
          + "Content-Type: application/sdp\r\n"
          + "Content-Length: "
          + BODY.length()
          + "\r\n\r\n"
          + BODY;

  private final SipRewriter towardsB =
      new SipRewriter(
          Map.of("10.0.0.1:27160", "10.0.0.1:27164", "10.0.0.1:27162", "10.0.0.1:27166"));

  @Test
  void eachEndsAddressBecomesTheRelaysInOnePassAndTheSdpPointsAtTheRelay() {
    String out = towardsB.rewrite(INVITE, 27172);

    assertThat(out)
        .startsWith("INVITE sip:3153@10.0.0.1:27166 SIP/2.0\r\n")
        .contains(
            "Via: SIP/2.0/UDP 10.0.0.1:27164;branch=z9hG4bK1;rport",
            "Contact: <sip:3152@10.0.0.1:27164>",
            "To: <sip:3153@10.0.0.1:27166>",
            "m=audio 27172 RTP/AVP 0 101\r\n",
            "a=rtcp:27173\r\n")
        .doesNotContain("Route:", "27160", "27162", "27200");
  }

  @Test
  void contentLengthFollowsTheRewrittenBody() {
    String out = towardsB.rewrite(INVITE, 4);

    String body = out.substring(out.indexOf("\r\n\r\n") + 4);
    assertThat(out).contains("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
    assertThat(body).contains("m=audio 4 RTP/AVP");
  }

  @Test
  void aLongerPortIsNotTakenForAShorterOne() {
    assertThat(towardsB.rewrite("BYE sip:a@10.0.0.1:271600 SIP/2.0\r\n\r\n", 1))
        .contains("10.0.0.1:271600");
  }

  @Test
  void theAudioPortIsReadFromTheBodyOnly() {
    assertThat(SipRewriter.audioPort(INVITE)).hasValue(27200);
    assertThat(SipRewriter.audioPort("BYE sip:a@b SIP/2.0\r\nX: m=audio 5\r\n\r\n")).isEmpty();
  }

  @Test
  void theRegistrarStubAcceptsARegisterEchoingItsDialogHeaders() {
    String register =
        "REGISTER sip:10.0.0.1:27162 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 10.0.0.1:27160;branch=z9hG4bK2\r\n"
            + "From: <sip:3152@10.0.0.1>;tag=f\r\n"
            + "To: <sip:3152@10.0.0.1>\r\n"
            + "Call-ID: r1\r\n"
            + "CSeq: 7 REGISTER\r\n"
            + "Contact: <sip:3152@10.0.0.1:27160>\r\n"
            + "Expires: 300\r\n"
            + "Content-Length: 0\r\n\r\n";

    assertThat(RegistrarStub.answers(register)).isTrue();
    assertThat(RegistrarStub.answers(INVITE)).isFalse();
    assertThat(RegistrarStub.ok(register))
        .startsWith("SIP/2.0 200 OK\r\n")
        .contains(
            "Via: SIP/2.0/UDP 10.0.0.1:27160;branch=z9hG4bK2\r\n",
            "To: <sip:3152@10.0.0.1>;tag=relay\r\n",
            "Call-ID: r1\r\n",
            "CSeq: 7 REGISTER\r\n",
            "Contact: <sip:3152@10.0.0.1:27160>;expires=300\r\n")
        .endsWith("Content-Length: 0\r\n\r\n");
  }
}
