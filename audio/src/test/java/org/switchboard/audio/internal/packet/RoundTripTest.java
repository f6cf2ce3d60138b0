package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.ManualClock;

class RoundTripTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T12:00:00Z"));
  private final RoundTrip roundTrip = new RoundTrip(clock);

  private static ReportBlock block(long lsr, long dlsr) {
    return new ReportBlock(1, 0, 0, 0, 0, lsr, dlsr);
  }

  @Test
  void isArrivalLessLastSenderReportLessItsDelay() {
    long sentAt = NtpTime.middle32(NtpTime.now(clock));
    clock.advance(Duration.ofMillis(250));

    roundTrip.onReportBlock(block(sentAt, 8192)); // the peer held it 125 ms

    assertThat(roundTrip.latest()).isEqualTo(Duration.ofMillis(125));
  }

  @Test
  void isZeroUntilMeasured() {
    assertThat(roundTrip.latest()).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresBlocksWithoutLastSenderReport() {
    roundTrip.onReportBlock(block(0, 0));

    assertThat(roundTrip.latest()).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresANegativeResultAndKeepsTheLastGoodOne() {
    long sentAt = NtpTime.middle32(NtpTime.now(clock));
    clock.advance(Duration.ofMillis(125)); // 8192 units, exact
    roundTrip.onReportBlock(block(sentAt, 0));

    roundTrip.onReportBlock(block(sentAt, 65_536)); // held 1 s, arrived after 0.125 s: impossible

    assertThat(roundTrip.latest()).isEqualTo(Duration.ofMillis(125));
  }

  @Test
  void ignoresImplausiblyLongResults() {
    long sentAt = NtpTime.middle32(NtpTime.now(clock));
    clock.advance(Duration.ofSeconds(11));

    roundTrip.onReportBlock(block(sentAt, 0));

    assertThat(roundTrip.latest()).isEqualTo(Duration.ZERO);
  }

  @Test
  void survivesTheWrapOfTheMiddle32Bits() {
    long ntpSecondsAtWrap =
        (NtpTime.EPOCH_OFFSET_SECONDS + 1_795_000_000L) / 65_536 * 65_536 + 65_536;
    Instant wrap = Instant.ofEpochSecond(ntpSecondsAtWrap - NtpTime.EPOCH_OFFSET_SECONDS);
    ManualClock nearWrap = new ManualClock(wrap.minusMillis(125));
    RoundTrip measured = new RoundTrip(nearWrap);
    long sentAt = NtpTime.middle32(NtpTime.now(nearWrap));
    nearWrap.advance(Duration.ofMillis(250));

    measured.onReportBlock(block(sentAt, 0));

    assertThat(sentAt).isEqualTo(0xFFFF_E000L);
    assertThat(measured.latest()).isEqualTo(Duration.ofMillis(250));
  }
}
