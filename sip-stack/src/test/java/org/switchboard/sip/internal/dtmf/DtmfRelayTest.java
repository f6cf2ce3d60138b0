package org.switchboard.sip.internal.dtmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DtmfRelayTest {
  @Test
  void writesAndReadsTheRelayBody() {
    assertThat(DtmfRelay.body('5')).isEqualTo("Signal=5\r\nDuration=160\r\n");
    assertThat(DtmfRelay.parseRelay("Signal=5\r\nDuration=160\r\n")).contains('5');
    assertThat(DtmfRelay.parseRelay("signal = #\nDuration=100")).contains('#');
  }

  @Test
  void readsEventNumbersForStarHashAndLetters() {
    assertThat(DtmfRelay.parseRelay("Signal=10")).contains('*');
    assertThat(DtmfRelay.parseRelay("Signal=11")).contains('#');
    assertThat(DtmfRelay.parseRelay("Signal=12")).contains('A');
  }

  @Test
  void malformedBodiesYieldNoDigit() {
    assertThat(DtmfRelay.parseRelay("Duration=160")).isEmpty();
    assertThat(DtmfRelay.parseRelay("Signal=99")).isEmpty();
    assertThat(DtmfRelay.parseRelay("Signal=\u0000")).isEmpty();
    assertThat(DtmfRelay.parseBare("7")).contains('7');
  }

  @Test
  void acceptsOnlyDtmfDigitsToSend() {
    assertThat(DtmfRelay.normalise(" 12*#ab ")).isEqualTo("12*#AB");
    assertThatThrownBy(() -> DtmfRelay.normalise("12E"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DtmfRelay.normalise("")).isInstanceOf(IllegalArgumentException.class);
  }
}
