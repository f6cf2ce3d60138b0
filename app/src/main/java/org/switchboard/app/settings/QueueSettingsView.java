package org.switchboard.app.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.switchboard.app.i18n.Localizer;

/**
 * The queue-service section. Node ids: {@code queueUrl}, {@code queueUrlError}, {@code queueUser},
 * {@code queueUserError}, {@code queuePassword}, {@code queuePasswordNote}, {@code queueNote};
 * locked fields get a note (see {@link FormGrid#lock}).
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
    TextField user =
        FormGrid.leftToRight(
            form.text(
                "queueUser", "settings.queue.user", vm.userProperty(), vm.userErrorProperty()));
    form.lock(user, locks.locked("queue.user"));
    PasswordField password = FormGrid.leftToRight(new PasswordField());
    password.setId("queuePassword");
    password.setPrefColumnCount(FormGrid.COLUMNS);
    password.textProperty().bindBidirectional(vm.passwordProperty());
    password
        .promptTextProperty()
        .bind(
            Bindings.when(vm.passwordSavedProperty())
                .then(text.text("settings.password.savedPrompt"))
                .otherwise(""));
    form.row("settings.queue.password", password);
    form.note("queuePasswordNote", vm.passwordNoteProperty());
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
