package org.switchboard.app.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import org.switchboard.app.i18n.Localizer;

/**
 * The queue-service section. Node ids: {@code queueUrl}, {@code queueUrlError}, {@code
 * queueUrlLocked}, {@code queueNote}.
 */
final class QueueSettingsView {
  private final FormGrid form;

  QueueSettingsView(QueueSettingsViewModel vm, Localizer text, FieldLocks locks) {
    form = new FormGrid(text);
    form.node().setId("queueSection");
    TextField url =
        FormGrid.leftToRight(
            form.text("queueUrl", "settings.queue.url", vm.urlProperty(), vm.urlErrorProperty()));
    url.setPromptText("https://queue.example.com");
    form.lock(url, locks.locked("queue.url"));
    form.note(
        "queueNote",
        Bindings.when(vm.standaloneProperty())
            .then(text.text("settings.queue.standalone"))
            .otherwise(text.text("settings.queue.connected")));
  }

  Parent root() {
    return form.node();
  }
}
