package org.switchboard.app.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;

/** How the incoming-call card lists an offer's attached data. */
class AttachedDataTest {
  private static final Map<String, String> QUEUE_OFFER =
      Map.of(
          "product", "support",
          "account", "4711",
          "dnis", "100",
          "ani", "+4930123456",
          "X-Queue", "Support");

  @Test
  void callerAndDialledNumberComeFirstThenTheRestByKeyWithTranslatedLabels() {
    assertThat(AttachedData.lines(QUEUE_OFFER, new Localizer(Language.ENGLISH)))
        .containsExactly(
            "Caller number: +4930123456",
            "Number dialled: 100",
            "Account number: 4711",
            "Product: support");
  }

  @Test
  void inPersianNumbersKeepTheirLeftToRightOrder() {
    assertThat(AttachedData.lines(QUEUE_OFFER, new Localizer(Language.PERSIAN)))
        .startsWith("شمارهٔ تماس‌گیرنده: \u2066+4930123456\u2069");
  }

  @Test
  void unknownKeysShowTheirNameAndSipHeadersAndEmptyValuesAreLeftOut() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("language", "en");
    data.put("x-switchboard-interaction", "int-1");
    data.put("Call-Info", "<https://crm>");
    data.put("note", " ");

    assertThat(AttachedData.lines(data, new Localizer(Language.ENGLISH)))
        .containsExactly("language: en");
  }

  @Test
  void aChattyIvrIsCutToTheMaximum() {
    Map<String, String> data = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      data.put("k" + (char) ('a' + i), "v");
    }

    assertThat(AttachedData.lines(data, new Localizer(Language.ENGLISH)))
        .hasSize(AttachedData.MAX_LINES);
  }
}
