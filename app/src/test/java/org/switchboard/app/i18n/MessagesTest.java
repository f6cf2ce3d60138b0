package org.switchboard.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {
  private static final Set<String> ENGLISH_KEYS = Localizer.bundle(Language.ENGLISH).keySet();

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageHasEveryTextAndNoneIsEmpty(Language language) {
    ResourceBundle bundle = Localizer.bundle(language);
    assertThat(bundle.getLocale().getLanguage()).isEqualTo(language.tag());
    assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH_KEYS);
    assertThat(ENGLISH_KEYS).allSatisfy(key -> assertThat(bundle.getString(key)).isNotBlank());
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"PERSIAN", "ARABIC", "RUSSIAN"})
  void translationsAreNotEnglish(Language language) {
    assertThat(Localizer.format(language, "settings.save"))
        .isNotEqualTo(Localizer.format(Language.ENGLISH, "settings.save"));
  }
}
