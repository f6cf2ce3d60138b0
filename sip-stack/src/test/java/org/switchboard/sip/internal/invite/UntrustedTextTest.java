package org.switchboard.sip.internal.invite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {
  @Test
  void controlAndBidiCharactersAreRemoved() {
    assertThat(UntrustedText.clean("a\u0007b\u0085c\u009bd", 100)).isEqualTo("abcd");
    assertThat(UntrustedText.clean("abc\u202Egnp.exe\u202C", 100)).isEqualTo("abcgnp.exe");
    assertThat(UntrustedText.clean("\u2066x\u2069\u200B\u200D\uFEFFy", 100)).isEqualTo("xy");
  }

  @Test
  void whiteSpaceRunsBecomeOneSpaceAndEndsAreTrimmed() {
    assertThat(UntrustedText.clean("  a \t\r\n b\u00A0\u2003c  ", 100)).isEqualTo("a b c");
  }

  @Test
  void longTextIsCutWithoutSplittingASurrogatePair() {
    assertThat(UntrustedText.clean("x".repeat(5000), 1024)).hasSize(1024);
    String emoji = "\uD83D\uDE00";
    assertThat(UntrustedText.clean("ab" + emoji, 3)).isEqualTo("ab");
    assertThat(UntrustedText.clean("ab" + emoji, 4)).isEqualTo("ab" + emoji);
  }

  @Test
  void ordinaryTextIsKept() {
    assertThat(UntrustedText.clean("Ünïcode ok, 日本語 and مرحبا", 100))
        .isEqualTo("Ünïcode ok, 日本語 and مرحبا");
  }

  @Test
  void aForgedLogLineCannotStartOnItsOwnLine() {
    assertThat(UntrustedText.clean("Ali\u0007ce\r\nINFO fake line\u202Egpj.exe\u2066x\u2069", 100))
        .isEqualTo("Alice INFO fake linegpj.exex");
  }
}
