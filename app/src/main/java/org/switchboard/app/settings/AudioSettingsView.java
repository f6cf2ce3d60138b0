package org.switchboard.app.settings;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AudioSettingsViewModel.DeviceChoice;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * The audio section: microphone with its level meter, speaker and ringer each with a test button.
 * Node ids: {@code microphone}, {@code micLevel}, {@code speaker}, {@code speakerTest}, {@code
 * speakerStatus}, {@code ringer}, {@code ringerTest}, {@code ringerStatus}, and {@code
 * <device>Locked} for a choice an administrator locked.
 */
public final class AudioSettingsView {
  private final AudioSettingsViewModel vm;
  private final Localizer text;
  private final FieldLocks locks;
  private final FormGrid form;

  /**
   * @param locks the fields an administrator locked, shown read-only
   */
  public AudioSettingsView(AudioSettingsViewModel vm, Localizer text, FieldLocks locks) {
    this.vm = vm;
    this.text = text;
    this.locks = locks;
    this.form = new FormGrid(text);
    form.node().setId("audioSection");
    device("microphone", "settings.audio.microphone", AudioDeviceRole.CAPTURE);
    ProgressBar level = new ProgressBar();
    level.setId("micLevel");
    level.progressProperty().bind(vm.levelProperty());
    level.setMaxWidth(Double.MAX_VALUE);
    level.accessibleTextProperty().bind(text.text("settings.audio.level"));
    form.under(level);
    form.note("micLevelNote", text.text("settings.audio.levelNote"));
    device("speaker", "settings.audio.speaker", AudioDeviceRole.PLAYBACK);
    tester("speaker", AudioDeviceRole.PLAYBACK);
    device("ringer", "settings.audio.ringer", AudioDeviceRole.RINGER);
    tester("ringer", AudioDeviceRole.RINGER);
  }

  public Parent root() {
    return form.node();
  }

  private void device(String id, String labelKey, AudioDeviceRole role) {
    ComboBox<DeviceChoice> devices = FormGrid.choice(id, text, vm.choices(role), this::name);
    // The view model's list: devices plugged in later appear without rebuilding the combo box.
    devices.setItems(vm.choices(role));
    devices.valueProperty().bindBidirectional(vm.selectedProperty(role));
    form.row(labelKey, devices);
    form.lock(devices, locks.locked("audio." + id));
  }

  private void tester(String id, AudioDeviceRole role) {
    Button test = new Button();
    test.setId(id + "Test");
    test.textProperty().bind(text.text("settings.audio.test"));
    test.disableProperty().bind(vm.testingProperty(role));
    test.setOnAction(e -> vm.test(role));
    test.setMinWidth(Region.USE_PREF_SIZE);
    Label status =
        FormGrid.status(id + "Status", vm.testStatusProperty(role), vm.testFailedProperty(role));
    HBox line = new HBox(12, test, status);
    HBox.setHgrow(status, Priority.ALWAYS);
    line.setAlignment(Pos.CENTER_LEFT);
    form.under(line);
  }

  private String name(DeviceChoice choice) {
    if (choice.isSystemDefault()) {
      return text.get("settings.audio.systemDefault");
    }
    return choice.connected()
        ? choice.name()
        : text.get("settings.audio.notConnected", choice.name());
  }
}
