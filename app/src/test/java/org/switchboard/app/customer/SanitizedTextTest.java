package org.switchboard.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SanitizedTextTest {

  @ParameterizedTest
  @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
  void everyBidiEmbeddingOverrideAndIsolateControlIsRemoved(int control) {
    String hostile = "Invoice" + Character.toString(control) + "fdp.exe";

    assertThat(SanitizedText.line(hostile)).isEqualTo("Invoicefdp.exe");
    assertThat(SanitizedText.block(hostile)).isEqualTo("Invoicefdp.exe");
  }

  @Test
  void theClassicRightToLeftOverrideSpoofIsNeutralised() {
    // Shown raw, this reads "Bob moc.elgoog" reversed into "Bob google.com".
    assertThat(SanitizedText.line("Bob \u202Emoc.elgoog\u202C")).isEqualTo("Bob moc.elgoog");
  }

  @Test
  void markupIsKeptLiterallyForALabelToShow() {
    assertThat(SanitizedText.line("<script>alert(1)</script>"))
        .isEqualTo("<script>alert(1)</script>");
    assertThat(SanitizedText.line("<b>&amp;</b>")).isEqualTo("<b>&amp;</b>");
  }

  @Test
  void persianJoinersAndOrdinaryRightToLeftTextStay() {
    String persian = "می\u200Cخواهم تماس\u200Cها"; // ZWNJ is part of Persian spelling
    assertThat(SanitizedText.line(persian)).isEqualTo(persian);
    assertThat(SanitizedText.line("مرحبا Ada")).isEqualTo("مرحبا Ada");
  }

  @Test
  void oneLineTextTurnsLineBreaksAndControlsIntoSpaces() {
    assertThat(SanitizedText.line("Ada\nLovelace\tLtd\u0007!\u2028x"))
        .isEqualTo("Ada Lovelace Ltd ! x");
  }

  @Test
  void blockTextKeepsLineBreaksButNotOtherControls() {
    assertThat(SanitizedText.block("first line\r\nsecond\u0000line\n"))
        .isEqualTo("first line\nsecond line");
  }

  @Test
  void nullBecomesEmptyAndSurroundingSpaceGoes() {
    assertThat(SanitizedText.line(null)).isEmpty();
    assertThat(SanitizedText.block(null)).isEmpty();
    assertThat(SanitizedText.line("  Ada  ")).isEqualTo("Ada");
  }

  @Test
  void overlongTextIsCutWithAnEllipsisNeverInsideASurrogatePair() {
    String emoji = "\uD83D\uDE00"; // one code point, two chars
    String text = "a".repeat(SanitizedText.LINE_LIMIT - 1) + emoji + "tail";

    String shown = SanitizedText.line(text);

    assertThat(shown).isEqualTo("a".repeat(SanitizedText.LINE_LIMIT - 1) + "…");
    assertThat(SanitizedText.block("b".repeat(5000)))
        .hasSize(SanitizedText.BLOCK_LIMIT + 1)
        .endsWith("…");
  }
}
