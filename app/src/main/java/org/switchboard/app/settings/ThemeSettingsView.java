package org.switchboard.app.settings;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.theme.Theme;

/**
 * The theme section: light or dark, and the text size. Node ids: {@code theme}, {@code scale},
 * {@code themeLocked}, {@code scaleLocked}.
 */
final class ThemeSettingsView {
  private final FormGrid form;

  ThemeSettingsView(AppearanceViewModel vm, Localizer text, FieldLocks locks) {
    form = new FormGrid(text);
    form.node().setId("themeSection");
    ComboBox<Theme> theme =
        FormGrid.choice("theme", text, vm.themes(), t -> text.get("settings.theme." + t.tag()));
    theme.valueProperty().bindBidirectional(vm.themeProperty());
    form.row("settings.theme", theme);
    form.lock(theme, locks.locked("appearance.theme"));
    ComboBox<Integer> scale =
        FormGrid.choice("scale", text, vm.scales(), p -> text.get("settings.theme.percent", p));
    scale.valueProperty().bindBidirectional(vm.scaleProperty());
    form.row("settings.theme.scale", scale);
    form.problem("scaleError", vm.scaleErrorProperty());
    form.lock(scale, locks.locked("appearance.scale"));
  }

  Parent root() {
    return form.node();
  }
}
