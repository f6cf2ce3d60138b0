package org.switchboard.app.settings;

import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.switchboard.app.i18n.Localizer;

/**
 * The general section. Node ids: {@code generalSection}, {@code startAtLogin}, {@code updates},
 * {@code updateFeed}, {@code updateFeedError}, {@code generalNote}.
 */
final class GeneralSettingsView {
  private final FormGrid form;

  GeneralSettingsView(GeneralSettingsViewModel vm, Localizer text) {
    form = new FormGrid(text);
    form.node().setId("generalSection");
    CheckBox startAtLogin = new CheckBox();
    startAtLogin.setId("startAtLogin");
    startAtLogin.textProperty().bind(text.text("settings.general.startAtLogin"));
    startAtLogin.selectedProperty().bindBidirectional(vm.startAtLoginProperty());
    form.span(startAtLogin);
    ComboBox<UpdatePolicy> updates =
        FormGrid.choice(
            "updates", text, vm.policies(), p -> text.get("settings.general.updates." + p.tag()));
    updates.valueProperty().bindBidirectional(vm.updatesProperty());
    form.row("settings.general.updates", updates);
    FormGrid.leftToRight(
        form.text(
            "updateFeed",
            "settings.general.updateFeed",
            vm.updateFeedProperty(),
            vm.updateFeedErrorProperty()));
    form.note("generalNote", text.text("settings.general.note"));
  }

  Parent root() {
    return form.node();
  }
}
