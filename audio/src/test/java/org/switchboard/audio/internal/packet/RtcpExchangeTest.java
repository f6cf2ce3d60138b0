package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.ManualClock;

/**
 * Two ends built from these parts exchange RTCP: our SR reaches the peer, the peer's RR about us
 * comes back, and the round trip, loss and jitter we read match what happened on the wire.
 */
class RtcpExchangeTest {
  private static final long OURS = 0xAAAA;
  private static final long PEER = 0xBBBB;
  private static final long MS = 1_000_000L;

  private final ManualClock wallClock = new ManualClock(Instant.parse("2026-11-23T12:00:00Z"));
  private final byte[] wire = new byte[RtcpWriter.MAX_LENGTH];

  @Test
  void roundTripLossAndJitterSurviveTheExchange() {
    // The peer receives 100 of our packets, all but number 50, evenly spaced.
    ReceptionStatistics peerReceives = new ReceptionStatistics(8000);
    for (int seq = 0; seq < 100; seq++) {
      if (seq != 50) {
        peerReceives.onRtp(OURS, seq, 160L * seq, seq * 20 * MS);
      }
    }
    SendStatistics weSent = new SendStatistics();
    for (int i = 0; i < 100; i++) {
      weSent.onSent(160);
    }

    // We send an SR at a whole second; it takes 50 ms to reach the peer.
    SenderInfo ours = Objects.requireNonNull(weSent.senderInfo(NtpTime.now(wallClock), 16_000));
    int length = new RtcpWriter(OURS, "us").writeReport(wire, 0, ours, null);
    RtcpReport atPeer = Objects.requireNonNull(RtcpParser.parse(wire, 0, length, PEER));
    long peerNow = 2_000 * MS + 50 * MS;
    peerReceives.onSenderReport(
        Objects.requireNonNull(atPeer.senderInfo()).ntpTimestamp(), peerNow);

    // The peer answers 1 s later; its RR takes 75 ms to come back.
    ReportBlock aboutUs = peerReceives.report(peerNow + 1_000 * MS);
    length = new RtcpWriter(PEER, "peer").writeReport(wire, 0, null, aboutUs);
    wallClock.advance(Duration.ofMillis(50 + 1_000 + 75));
    RtcpReport atUs = Objects.requireNonNull(RtcpParser.parse(wire, 0, length, OURS));
    RoundTrip roundTrip = new RoundTrip(wallClock);
    ReportBlock received = Objects.requireNonNull(atUs.aboutUs());
    roundTrip.onReportBlock(received);

    assertThat(atUs.senderSsrc()).isEqualTo(PEER);
    assertThat(roundTrip.latest()).isEqualTo(Duration.ofMillis(125));
    // Probation takes the first packet: 98 expected (1..99), 97 received.
    assertThat(received.cumulativeLost()).isEqualTo(1);
    assertThat(received.fractionLost()).isEqualTo(256 / 98);
    assertThat(received.extendedHighestSequence()).isEqualTo(99);
    assertThat(received.jitter()).isZero();
    assertThat(
            EModel.estimate(
                CodecImpairment.G711, received.fractionLostPercent(), roundTrip.latest(), 40))
        .isBetween(4.2, 4.41);
  }
}
