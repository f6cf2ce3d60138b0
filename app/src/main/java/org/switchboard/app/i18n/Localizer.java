package org.switchboard.app.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The current language and its texts (resource bundle {@code org/switchboard/app/i18n/messages},
 * UTF-8). Texts are offered as bindings, so views follow a change of language at once. Used on the
 * JavaFX application thread; no toolkit needed (plain {@code javafx.beans}).
 */
public final class Localizer {
  /** The bundle's base name. */
  public static final String BUNDLE = "org.switchboard.app.i18n.messages";

  private final ObjectProperty<Language> language;

  public Localizer(Language initial) {
    this.language = new SimpleObjectProperty<>(this, "language", initial);
  }

  /** The language in use; set it to switch every bound text. */
  public ObjectProperty<Language> languageProperty() {
    return language;
  }

  public Language language() {
    return language.get();
  }

  /** The text for {@code key} in the current language, formatted with {@code args}. */
  public String get(String key, Object... args) {
    return format(language.get(), key, args);
  }

  /** A binding to the text for {@code key}, following the language. */
  public StringBinding text(String key, Object... args) {
    return Bindings.createStringBinding(() -> get(key, args), language);
  }

  /** The text for {@code key} in {@code lang}; the key itself in brackets when missing. */
  public static String format(Language lang, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(lang).getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
  }

  /**
   * The text for {@code key} in {@code lang} when the bundle has one: for codes that come with
   * their own label (not-ready reasons, dispositions), whose well-known values we translate.
   */
  public static java.util.Optional<String> find(Language lang, String key) {
    try {
      return java.util.Optional.of(bundle(lang).getString(key));
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }

  /** The bundle for {@code lang}, without falling back to the JVM's default locale. */
  public static ResourceBundle bundle(Language lang) {
    return ResourceBundle.getBundle(
        BUNDLE,
        lang.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
