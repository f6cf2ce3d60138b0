package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendStatisticsTest {
  private final SendStatistics sent = new SendStatistics();

  @Test
  void nothingSentMeansNoSenderInfo() {
    assertThat(sent.senderInfo(1, 2)).isNull();
  }

  @Test
  void countsPacketsAndPayloadOctets() {
    sent.onSent(160);
    sent.onSent(160);
    sent.onSent(4);

    assertThat(sent.senderInfo(0xAAL << 32, 0x1_0000_0005L))
        .isEqualTo(new SenderInfo(0xAAL << 32, 5, 3, 324));
  }

  @Test
  void staysASenderForOneMoreReportAfterSendingStops() {
    sent.onSent(160);

    assertThat(sent.senderInfo(1, 2)).isNotNull();
    assertThat(sent.senderInfo(3, 4)).as("sent in the interval before the last report").isNotNull();
    assertThat(sent.senderInfo(5, 6)).isNull();
    sent.onSent(160);
    assertThat(sent.senderInfo(7, 8)).isEqualTo(new SenderInfo(7, 8, 2, 320));
  }
}
