package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.audio.internal.packet.TelephoneEventSenderTest.Tick;

class TelephoneEventReceiverTest {
  private final TelephoneEventReceiver receiver = new TelephoneEventReceiver();

  private String receive(List<Tick> ticks) {
    StringBuilder digits = new StringBuilder();
    for (Tick tick : ticks) {
      if (tick.payload().length > 0) {
        char digit = receiver.onPayload(tick.timestamp(), tick.payload(), 0, tick.payload().length);
        if (digit != TelephoneEventReceiver.NONE) {
          digits.append(digit);
        }
      }
    }
    return digits.toString();
  }

  private static List<Tick> sent(String digits) {
    TelephoneEventSender sender = new TelephoneEventSender(8000);
    sender.queue(digits);
    return TelephoneEventSenderTest.run(sender, digits.length() * 9, 5000, 160);
  }

  @Test
  void reportsEachSentDigitOnce() {
    assertThat(receive(sent("0123456789*#ABCD"))).isEqualTo("0123456789*#ABCD");
  }

  @Test
  void aRepeatedDigitIsTwoEvents() {
    assertThat(receive(sent("55"))).isEqualTo("55");
  }

  @Test
  void survivesLossOfTheFirstPackets() {
    List<Tick> ticks = sent("7");

    assertThat(receive(ticks.subList(3, ticks.size()))).isEqualTo("7");
  }

  @Test
  void anEventWhoseEndNeverComesIsReportedOnce() {
    List<Tick> ticks = sent("3");

    assertThat(receive(ticks.subList(0, 4))).isEqualTo("3");
    assertThat(receive(ticks.subList(0, 4))).isEmpty();
  }

  @Test
  void endRetransmissionsAndAStragglerOfThePreviousDigitAreIgnored() {
    List<Tick> ticks = sent("12");
    Tick lateEndOfOne = ticks.get(6);

    assertThat(receive(ticks)).isEqualTo("12");
    assertThat(receive(List.of(lateEndOfOne))).isEmpty();
  }

  @Test
  void nonDtmfEventsAndShortPayloadsAreIgnored() {
    byte[] flash = {16, 10, 0, (byte) 160};
    byte[] digit = {4, 10, 0, (byte) 160};

    assertThat(receiver.onPayload(100, flash, 0, 4)).isEqualTo(TelephoneEventReceiver.NONE);
    assertThat(receiver.onPayload(200, digit, 0, 3)).isEqualTo(TelephoneEventReceiver.NONE);
    assertThat(receiver.onPayload(200, digit, 2, 4)).isEqualTo(TelephoneEventReceiver.NONE);
    assertThat(receiver.onPayload(200, new byte[0], 0, 0)).isEqualTo(TelephoneEventReceiver.NONE);
    assertThat(receiver.onPayload(200, digit, 0, 4)).isEqualTo('4');
  }

  @Test
  void timestampsAcrossTheWrapStillCountAsNew() {
    byte[] digit = {1, 10, 0, (byte) 160};

    assertThat(receiver.onPayload(0xFFFF_FF00L, digit, 0, 4)).isEqualTo('1');
    assertThat(receiver.onPayload(0x0000_0100L, digit, 0, 4)).isEqualTo('1');
  }

  @Test
  void aLongEventSplitIntoSegmentsIsOneDigit() {
    byte[] firstSegment = {6, 10, (byte) 0xff, (byte) 0xff};
    byte[] secondSegment = {6, 10, 0, (byte) 160};

    assertThat(receiver.onPayload(1000, firstSegment, 0, 4)).isEqualTo('6');
    assertThat(receiver.onPayload(1000 + 0xFFFF, secondSegment, 0, 4))
        .isEqualTo(TelephoneEventReceiver.NONE);
  }

  @Test
  void theSameDigitRightAfterAnEndedOneIsANewDigit() {
    byte[] ended = {6, (byte) 0x8a, 3, 32}; // 800 units, E bit
    byte[] again = {6, 10, 0, (byte) 160};

    assertThat(receiver.onPayload(1000, ended, 0, 4)).isEqualTo('6');
    assertThat(receiver.onPayload(1800, again, 0, 4)).isEqualTo('6');
  }

  @Test
  void resetForgetsTheLastEventForANewSource() {
    byte[] digit = {9, 10, 0, (byte) 160};
    receiver.onPayload(1000, digit, 0, 4);

    receiver.reset();

    assertThat(receiver.onPayload(1000, digit, 0, 4)).isEqualTo('9');
  }
}
