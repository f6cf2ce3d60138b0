package org.switchboard.app.smoke;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the runtime formats Persian and Arabic as the agents read them: without the {@code
 * jdk.localedata} module a JDK falls back to ASCII digits and English month names.
 */
final class LocaleFormats {
  static final Locale PERSIAN = Locale.forLanguageTag("fa");
  static final Locale EGYPTIAN_ARABIC = Locale.forLanguageTag("ar-EG");

  private LocaleFormats() {}

  static Check check() {
    try {
      List<String> problems = new ArrayList<>();
      String persian = NumberFormat.getInstance(PERSIAN).format(123);
      if (!persian.equals("\u06F1\u06F2\u06F3")) {
        problems.add("123 in Persian is '" + persian + "', not Persian digits");
      }
      String arabic = NumberFormat.getInstance(EGYPTIAN_ARABIC).format(123);
      if (!arabic.equals("\u0661\u0662\u0663")) {
        problems.add("123 in Arabic (Egypt) is '" + arabic + "', not Arabic-Indic digits");
      }
      String month = DateTimeFormatter.ofPattern("MMMM", PERSIAN).format(LocalDate.of(2024, 3, 20));
      if (month.isEmpty() || !month.chars().allMatch(LocaleFormats::isArabicScript)) {
        problems.add("March in Persian is '" + month + "', not a Persian month name");
      }
      return problems.isEmpty()
          ? Check.passed(
              "localeFormats",
              "fa 123 = " + persian + ", ar-EG 123 = " + arabic + ", fa March = " + month)
          : Check.failed("localeFormats", String.join("; ", problems));
    } catch (RuntimeException e) {
      return Check.threw("localeFormats", e);
    }
  }

  private static boolean isArabicScript(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }
}
