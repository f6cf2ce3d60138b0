package org.switchboard.app.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.switchboard.app.i18n.Localizer;

/**
 * The auto-answer section. Node ids: {@code autoAnswerMode}, {@code autoAnswerDelay}, {@code
 * autoAnswerDelayError}, {@code autoAnswerModeLocked}, {@code autoAnswerDelayLocked}, {@code
 * autoAnswerNote}.
 */
final class AutoAnswerView {
  private final FormGrid form;

  AutoAnswerView(AutoAnswerViewModel vm, Localizer text, FieldLocks locks) {
    form = new FormGrid(text);
    form.node().setId("autoAnswerSection");
    ComboBox<AutoAnswerMode> mode =
        FormGrid.choice(
            "autoAnswerMode",
            text,
            vm.modes(),
            m -> text.get("settings.autoAnswer.mode." + m.tag()));
    mode.valueProperty().bindBidirectional(vm.modeProperty());
    form.row("settings.autoAnswer.mode", mode);
    form.lock(mode, locks.locked("autoAnswer.mode"));
    TextField delay =
        FormGrid.leftToRight(
            form.text(
                "autoAnswerDelay",
                "settings.autoAnswer.delay",
                vm.delayProperty(),
                vm.delayErrorProperty()));
    form.under(
        LockedField.lock(
            delay,
            locks.locked("autoAnswer.delaySeconds"),
            Bindings.not(vm.delayUsedProperty()),
            text));
    form.note("autoAnswerNote", text.text("settings.autoAnswer.note"));
  }

  Parent root() {
    return form.node();
  }
}
