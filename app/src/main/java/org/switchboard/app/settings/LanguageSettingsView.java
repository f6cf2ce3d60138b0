package org.switchboard.app.settings;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;

/**
 * The language chooser (the settings screen's Language section and the wizard's first page); each
 * language is named in itself. Node id: {@code languageChoice}.
 */
public final class LanguageSettingsView {
  private final FormGrid form;

  public LanguageSettingsView(AppearanceViewModel vm, Localizer text) {
    form = new FormGrid(text);
    form.node().setId("languageSection");
    ComboBox<Language> language =
        FormGrid.choice("languageChoice", text, vm.languages(), Language::nativeName);
    language.valueProperty().bindBidirectional(vm.languageProperty());
    form.row("settings.language", language);
    form.note("languageNote", text.text("settings.language.note"));
  }

  public Parent root() {
    return form.node();
  }
}
