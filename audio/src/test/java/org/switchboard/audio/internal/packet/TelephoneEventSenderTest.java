package org.switchboard.audio.internal.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneEventSenderTest {
  /** One tick's outcome: the payload (empty when none), the marker and the timestamp. */
  record Tick(byte[] payload, boolean marker, long timestamp) {
    @Override
    public String toString() {
      return Arrays.toString(payload) + (marker ? " M" : "") + " @" + timestamp;
    }
  }

  static List<Tick> run(TelephoneEventSender sender, int ticks, long firstTimestamp, int step) {
    List<Tick> out = new ArrayList<>();
    byte[] buf = new byte[8];
    for (int i = 0; i < ticks; i++) {
      int length = sender.tick(firstTimestamp + (long) i * step, buf, 2);
      out.add(
          length == 0
              ? new Tick(new byte[0], false, -1)
              : new Tick(
                  Arrays.copyOfRange(buf, 2, 2 + length), sender.marker(), sender.timestamp()));
    }
    return out;
  }

  private static byte[] payload(int event, boolean end, int duration) {
    return new byte[] {
      (byte) event, (byte) ((end ? 0x80 : 0) | 10), (byte) (duration >> 8), (byte) duration
    };
  }

  @Test
  void oneDigitIsFiveGrowingPacketsThenThreeEndPacketsThenAGap() {
    TelephoneEventSender sender = new TelephoneEventSender(8000);
    sender.queue("5");

    List<Tick> ticks = run(sender, 10, 1000, 160);

    for (int i = 0; i < 4; i++) {
      assertThat(ticks.get(i).payload()).containsExactly(payload(5, false, 160 * (i + 1)));
    }
    for (int i = 4; i < 7; i++) {
      assertThat(ticks.get(i).payload()).containsExactly(payload(5, true, 800));
    }
    assertThat(ticks.subList(0, 7)).extracting(Tick::timestamp).containsOnly(1000L);
    assertThat(ticks.subList(0, 7))
        .extracting(Tick::marker)
        .containsExactly(true, false, false, false, false, false, false);
    assertThat(ticks.subList(7, 10)).extracting(t -> t.payload().length).containsOnly(0);
    assertThat(sender.busy()).isFalse();
  }

  @Test
  void theNextDigitStartsAfterEightyMillisecondsOfGapWithItsOwnTimestamp() {
    TelephoneEventSender sender = new TelephoneEventSender(8000);
    sender.queue("1#");

    List<Tick> ticks = run(sender, 20, 0, 160);

    assertThat(ticks.get(9).payload()).containsExactly(payload(11, false, 160));
    assertThat(ticks.get(9).marker()).isTrue();
    assertThat(ticks.get(9).timestamp()).isEqualTo(9 * 160);
    assertThat(ticks.get(8).payload()).isEmpty(); // 100 ms tone, then ticks 6-9 (80 ms) of gap
    assertThat(ticks.get(15).payload()).containsExactly(payload(11, true, 800));
  }

  @Test
  void allSixteenDigitsMapToTheirRfc4733Codes() {
    TelephoneEventSender sender = new TelephoneEventSender(8000);
    sender.queue("0123456789*#abcd");

    List<Tick> ticks = run(sender, 16 * 9, 0, 160);

    for (int digit = 0; digit < 16; digit++) {
      assertThat(ticks.get(digit * 9).payload()[0]).isEqualTo((byte) digit);
    }
  }

  @Test
  void durationsFollowTheClockRate() {
    TelephoneEventSender sender = new TelephoneEventSender(48000);
    sender.queue("9");

    List<Tick> ticks = run(sender, 5, 0, 960);

    assertThat(ticks.get(0).payload()).containsExactly(payload(9, false, 960));
    assertThat(ticks.get(4).payload()).containsExactly(payload(9, true, 4800));
  }

  @Test
  void timestampsWrapAt32Bits() {
    TelephoneEventSender sender = new TelephoneEventSender(8000);
    sender.queue("1");

    assertThat(run(sender, 1, 0x1_0000_0010L, 160).get(0).timestamp()).isEqualTo(0x10);
  }

  @Test
  void nothingQueuedSendsNothing() {
    TelephoneEventSender sender = new TelephoneEventSender(8000);

    assertThat(sender.tick(0, new byte[4], 0)).isZero();
    assertThat(sender.busy()).isFalse();
  }

  @Test
  void aNonDigitIsRefusedByNameAndNothingIsQueued() {
    TelephoneEventSender sender = new TelephoneEventSender(8000);

    assertThatThrownBy(() -> sender.queue("12x3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
    assertThat(sender.busy()).isFalse();
  }

  @Test
  void aClockRateThatIsNotWhole20MsTicksIsRefused() {
    assertThatThrownBy(() -> new TelephoneEventSender(8001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8001");
  }
}
