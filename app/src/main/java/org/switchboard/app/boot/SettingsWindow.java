package org.switchboard.app.boot;

import java.net.URI;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.SettingsView;
import org.switchboard.app.settings.SettingsViewModel;

/** The settings in their own window over the main one; the microphone meter runs while it shows. */
final class SettingsWindow {
  private SettingsWindow() {}

  static void show(Stage owner, SettingsViewModel vm, Localizer localizer, Consumer<URI> browser) {
    Stage window = new Stage();
    window.initOwner(owner);
    window.initModality(Modality.WINDOW_MODAL);
    window.titleProperty().bind(localizer.text("settings.window"));
    Scene scene = new Scene(new SettingsView(vm, localizer, browser).root());
    scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    scene.getRoot().styleProperty().bind(owner.getScene().getRoot().styleProperty());
    window.setScene(scene);
    vm.load();
    vm.showingProperty().set(true);
    window.setOnHidden(e -> vm.showingProperty().set(false));
    window.show();
  }
}
