package org.switchboard.sip.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {
  @Test
  void controlAndDirectionCharactersAreRemoved() {
    assertThat(UntrustedText.clean("Ali\u0007ce\r\nINFO fake line\u202Egpj.exe\u2066x\u2069", 100))
        .isEqualTo("AliceINFO fake linegpj.exex");
  }

  @Test
  void lengthIsBoundedWithoutSplittingACharacter() {
    assertThat(UntrustedText.clean("a".repeat(500), 128)).hasSize(128);
    assertThat(UntrustedText.clean("ab\uD83D\uDE00", 3)).isEqualTo("ab");
  }

  @Test
  void ordinaryNamesInAnyScriptAreKept() {
    assertThat(UntrustedText.clean("  Zoë Müller / سارا ", 100)).isEqualTo("Zoë Müller / سارا");
  }
}
