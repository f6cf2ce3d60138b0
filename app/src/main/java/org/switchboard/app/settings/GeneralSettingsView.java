package org.switchboard.app.settings;

import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.switchboard.app.i18n.Localizer;

/**
 * The general section. Node ids: {@code generalSection}, {@code startAtLogin}, {@code updates},
 * {@code updateFeed}, {@code updateFeedError}, {@code generalNote}. Fields an administrator locked
 * show read-only ({@link FieldLocks}).
 */
final class GeneralSettingsView {
  private final FormGrid form;

  GeneralSettingsView(GeneralSettingsViewModel vm, Localizer text, FieldLocks locks) {
    form = new FormGrid(text);
    form.node().setId("generalSection");
    CheckBox startAtLogin = new CheckBox();
    startAtLogin.setId("startAtLogin");
    startAtLogin.textProperty().bind(text.text("settings.general.startAtLogin"));
    startAtLogin.selectedProperty().bindBidirectional(vm.startAtLoginProperty());
    form.span(startAtLogin);
    form.lock(startAtLogin, locks.locked("general.startAtLogin"));
    ComboBox<UpdatePolicy> updates =
        FormGrid.choice(
            "updates", text, vm.policies(), p -> text.get("settings.general.updates." + p.tag()));
    updates.valueProperty().bindBidirectional(vm.updatesProperty());
    form.row("settings.general.updates", updates);
    form.lock(updates, locks.locked("general.updates"));
    TextField feed =
        FormGrid.leftToRight(
            form.text(
                "updateFeed",
                "settings.general.updateFeed",
                vm.updateFeedProperty(),
                vm.updateFeedErrorProperty()));
    form.lock(feed, locks.locked("general.updateFeed"));
    form.note("generalNote", text.text("settings.general.note"));
  }

  Parent root() {
    return form.node();
  }
}
