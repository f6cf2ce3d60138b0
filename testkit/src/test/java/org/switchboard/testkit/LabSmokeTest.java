package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lab works end to end: both baresip peers are registered with Kamailio, a call between them
 * through Kamailio carries each peer's tone (and a DTMF digit) to the other, and Kamailio tells
 * strangers from users who are not registered.
 */
@Tag("lab")
@Timeout(60)
class LabSmokeTest {
  private static final Duration SIGNALLING = Duration.ofSeconds(10);
  private static final double TOLERANCE_HZ = 30;

  private Lab lab;
  private BaresipPeer a;
  private BaresipPeer b;

  @BeforeEach
  void loadLab() {
    lab = Lab.load();
    a = lab.peerA();
    b = lab.peerB();
  }

  @Test
  void bothPeersAreRegisteredWithKamailio() {
    KamailioControl kamailio = lab.kamailio();

    assertThat(kamailio.contactsOf(a.user())).anyMatch(c -> c.contains(":" + a.sipPort()));
    assertThat(kamailio.contactsOf(b.user())).anyMatch(c -> c.contains(":" + b.sipPort()));
  }

  @Test
  void aCallFromPeerAToPeerBCarriesBothTonesAndDtmf() throws Exception {
    a.clearRecordings();
    b.clearRecordings();

    try (BaresipControl callerA = a.control();
        BaresipControl calleeB = b.control()) {
      callerA.dial(b.sipUri(lab.sipDomain()));
      callerA.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      calleeB.awaitEvent("CALL_ESTABLISHED", SIGNALLING);
      callerA.sendDtmf('5');
      assertThat(calleeB.awaitEvent("CALL_DTMF_START", SIGNALLING).path("param").asText())
          .isEqualTo("5");
      Thread.sleep(3000);
      callerA.hangup();
      callerA.awaitEvent("CALL_CLOSED", SIGNALLING);
      calleeB.awaitEvent("CALL_CLOSED", SIGNALLING);
    }

    ToneAnalysis heardByB = ToneAnalysis.of(b.latestReceivedRecording(SIGNALLING));
    ToneAnalysis heardByA = ToneAnalysis.of(a.latestReceivedRecording(SIGNALLING));
    ToneAnalysis sentByA = ToneAnalysis.of(a.latestSentRecording(SIGNALLING));
    assertThat(heardByB.isTone(a.toneHz(), TOLERANCE_HZ)).as("b heard %s", heardByB).isTrue();
    assertThat(heardByA.isTone(b.toneHz(), TOLERANCE_HZ)).as("a heard %s", heardByA).isTrue();
    assertThat(sentByA.isTone(a.toneHz(), TOLERANCE_HZ)).as("a sent %s", sentByA).isTrue();
    assertThat(heardByB.seconds()).isBetween(2.0, 5.0);
  }

  @Test
  void kamailioRejectsAStrangerWith404AndAnAbsentUserWith480() {
    // 2009 is a lab user that no lab peer registers.
    assumeTrue(lab.kamailio().contactsOf("2009").isEmpty(), "someone has registered 2009");

    try (BaresipControl callerA = a.control()) {
      callerA.dial("sip:1999@" + lab.sipDomain());
      assertThat(callerA.awaitEvent("CALL_CLOSED", SIGNALLING).path("param").asText())
          .startsWith("404");
      callerA.dial("sip:2009@" + lab.sipDomain());
      assertThat(callerA.awaitEvent("CALL_CLOSED", SIGNALLING).path("param").asText())
          .startsWith("480");
    }
  }
}
