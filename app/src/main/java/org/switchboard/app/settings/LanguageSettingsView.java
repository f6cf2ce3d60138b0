package org.switchboard.app.settings;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;

/**
 * The language chooser (the settings screen's Language section and the wizard's first page); each
 * language is named in itself. Node ids: {@code languageChoice}, {@code languageChoiceLocked}.
 */
public final class LanguageSettingsView {
  private final FormGrid form;

  /**
   * @param locks the fields an administrator locked, shown read-only
   */
  public LanguageSettingsView(AppearanceViewModel vm, Localizer text, FieldLocks locks) {
    form = new FormGrid(text);
    form.node().setId("languageSection");
    ComboBox<Language> language =
        FormGrid.choice("languageChoice", text, vm.languages(), Language::nativeName);
    language.valueProperty().bindBidirectional(vm.languageProperty());
    form.row("settings.language", language);
    form.lock(language, locks.locked("language"));
    form.note("languageNote", text.text("settings.language.note"));
  }

  public Parent root() {
    return form.node();
  }
}
