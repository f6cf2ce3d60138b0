package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lab works end to end: both peers registered, a call between them carries both tones. */
@Tag("lab")
class LabSmokeTest {

  @Test
  @Timeout(30)
  void peersAreRegisteredAndACallBetweenThemCarriesBothTones() throws Exception {
    Lab lab = Lab.load();
    BaresipPeer a = lab.peerA();
    BaresipPeer b = lab.peerB();
    assertThat(lab.kamailio().contactsOf(a.user())).isNotEmpty();
    assertThat(lab.kamailio().contactsOf(b.user())).isNotEmpty();
    a.clearRecordings();
    b.clearRecordings();

    try (BaresipControl callerA = a.control();
        BaresipControl calleeB = b.control()) {
      callerA.dial("sip:" + b.user() + "@" + lab.sipDomain());
      callerA.awaitEvent("CALL_ESTABLISHED", Duration.ofSeconds(10));
      calleeB.awaitEvent("CALL_ESTABLISHED", Duration.ofSeconds(10));
      Thread.sleep(2500);
      callerA.hangup();
      calleeB.awaitEvent("CALL_CLOSED", Duration.ofSeconds(10));
    }

    ToneAnalysis heardByB = ToneAnalysis.of(b.latestReceivedRecording(Duration.ofSeconds(5)));
    ToneAnalysis heardByA = ToneAnalysis.of(a.latestReceivedRecording(Duration.ofSeconds(5)));
    assertThat(heardByB.isTone(a.toneHz(), 30)).as("b heard %s", heardByB).isTrue();
    assertThat(heardByA.isTone(b.toneHz(), 30)).as("a heard %s", heardByA).isTrue();
  }
}
