package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load test's reading of sipp's message trace finds a phone rung while in a call. */
class SipAgentsLogTest {
  private static String received(String startLine, String callId) {
    return "----------------------------------------------- 2026-11-23 21:54:13.692379\n"
        + "UDP message received [514] bytes :\n\n"
        + startLine
        + "\nVia: SIP/2.0/UDP 127.0.0.1:16830;branch=z9hG4bK1\nCall-ID: "
        + callId
        + "\nCSeq: 1 X\nContent-Length: 0\n\n";
  }

  private static String sent(String callId) {
    return "----------------------------------------------- 2026-11-23 21:54:13.692487\n"
        + "UDP message sent (313 bytes):\n\nSIP/2.0 200 OK\nCall-ID: "
        + callId
        + "\n\n";
  }

  @Test
  void callsOneAfterAnotherAreFineAndASecondCallDuringTheFirstIsADoubleBooking() {
    String trace =
        received("INVITE sip:2001@127.0.0.1:16832 SIP/2.0", "a")
            + sent("a")
            + received("INVITE sip:2002@127.0.0.1:16832 SIP/2.0", "b")
            + received("BYE sip:2001@127.0.0.1:16832 SIP/2.0", "a")
            + received("INVITE sip:2001@127.0.0.1:16832 SIP/2.0", "c")
            + received("INVITE sip:2002@127.0.0.1:16832 SIP/2.0", "d")
            + received("INVITE sip:2002@127.0.0.1:16832 SIP/2.0", "d"); // a retransmission

    SipAgentsLog log = SipAgentsLog.read(trace);

    assertThat(log.invites()).isEqualTo(4);
    assertThat(log.callsPerExtension()).containsEntry("2001", 2).containsEntry("2002", 2);
    assertThat(log.doubleBookings()).containsExactly("2002 got call d while in another");
  }
}
