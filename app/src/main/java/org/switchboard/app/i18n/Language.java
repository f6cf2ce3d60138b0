package org.switchboard.app.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the desktop speaks, each named in itself for the language chooser. */
public enum Language {
  ENGLISH("en", "English", false),
  PERSIAN("fa", "فارسی", true),
  ARABIC("ar", "العربية", true),
  RUSSIAN("ru", "Русский", false);

  private final String tag;
  private final String nativeName;
  private final boolean rightToLeft;

  Language(String tag, String nativeName, boolean rightToLeft) {
    this.tag = tag;
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
  }

  /** The BCP 47 tag, e.g. {@code fa}; what the settings file stores. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, e.g. {@code فارسی}. */
  public String nativeName() {
    return nativeName;
  }

  /** Whether the language is written right to left (layouts mirror). */
  public boolean rightToLeft() {
    return rightToLeft;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** The language with {@code tag}, if supported. */
  public static Optional<Language> fromTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
