package org.switchboard.app.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.DeviceTestsViewModel.Test;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * The audio section: for microphones, speakers and ringers each an ordered preferred-device list
 * ({@link DeviceListView}) with the device in use now; the selected microphone's voice processing,
 * the input meter and Test microphone; Test speaker; "ring on all listed ringers" and Test ringer.
 * Node ids: those of the lists (prefixes {@code microphones}, {@code speakers}, {@code ringers}),
 * {@code echoCancellation}, {@code noiseSuppression}, {@code automaticGain}, {@code micLevel},
 * {@code microphoneTest}, {@code microphoneStatus}, {@code speakerTest}, {@code speakerStatus},
 * {@code ringOnAll}, {@code ringerTest}, {@code ringerStatus}, and {@code <id>Locked} for what an
 * administrator locked.
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
    form.node().setVgap(6);
    list("microphones", "settings.audio.microphones", AudioDeviceRole.CAPTURE);
    processing();
    ProgressBar level = new ProgressBar();
    level.setId("micLevel");
    level.progressProperty().bind(vm.tests().levelProperty());
    level.setMaxWidth(Double.MAX_VALUE);
    level.accessibleTextProperty().bind(text.text("settings.audio.level"));
    form.under(level);
    form.note("micLevelNote", text.text("settings.audio.levelNote"));
    tester("microphone", "settings.audio.testMicrophone", Test.MICROPHONE);
    list("speakers", "settings.audio.speakers", AudioDeviceRole.PLAYBACK);
    ProgressBar output = new ProgressBar();
    output.setId("speakerLevel");
    output.progressProperty().bind(vm.tests().outputLevelProperty());
    output.setMaxWidth(Double.MAX_VALUE);
    output.accessibleTextProperty().bind(text.text("settings.audio.outputLevel"));
    form.under(output);
    tester("speaker", "settings.audio.testSpeaker", Test.SPEAKER);
    list("ringers", "settings.audio.ringers", AudioDeviceRole.RINGER);
    CheckBox all = check("ringOnAll", "settings.audio.ringOnAll", vm.ringOnAllProperty());
    form.under(all);
    form.under(LockedField.lock(all, locks.locked("audio.ringOnAll"), text));
    tester("ringer", "settings.audio.testRinger", Test.RINGER);
  }

  public Parent root() {
    return form.node();
  }

  private void list(String prefix, String labelKey, AudioDeviceRole role) {
    if (role != AudioDeviceRole.CAPTURE) {
      form.span(new Separator()); // one group per role
    }
    DeviceListView editor =
        new DeviceListView(prefix, vm.list(role), text, locks.locked("audio." + prefix));
    form.row(labelKey, editor.list(), editor.node());
  }

  private void processing() {
    ProcessingViewModel p = vm.processing();
    ObservableBooleanValue locked = locks.locked("audio.processing");
    ObservableBooleanValue off =
        Bindings.createBooleanBinding(() -> !p.availableProperty().get(), p.availableProperty());
    CheckBox echo =
        check("echoCancellation", "settings.audio.echoCancellation", p.echoCancellationProperty());
    CheckBox noise =
        check("noiseSuppression", "settings.audio.noiseSuppression", p.noiseSuppressionProperty());
    CheckBox gain =
        check("automaticGain", "settings.audio.automaticGain", p.automaticGainProperty());
    FlowPane switches = new FlowPane(16, 4, echo, noise, gain);
    form.under(switches);
    for (CheckBox box : new CheckBox[] {echo, noise, gain}) {
      Label note = LockedField.lock(box, locked, off, text);
      if (box == echo) {
        form.under(note); // one note says it for the three
      }
    }
    form.note("processingNote", text.text("settings.audio.processingNote"));
  }

  private CheckBox check(String id, String key, BooleanProperty value) {
    CheckBox box = new CheckBox();
    box.setId(id);
    box.textProperty().bind(text.text(key));
    box.setMinWidth(Region.USE_PREF_SIZE);
    box.selectedProperty().bindBidirectional(value);
    return box;
  }

  private void tester(String id, String key, Test test) {
    DeviceTestsViewModel tests = vm.tests();
    Button run = new Button();
    run.setId(id + "Test");
    run.textProperty().bind(text.text(key));
    run.disableProperty().bind(tests.runningProperty(test));
    run.setOnAction(e -> tests.run(test));
    run.setMinWidth(Region.USE_PREF_SIZE);
    Label status =
        FormGrid.status(id + "Status", tests.statusProperty(test), tests.failedProperty(test));
    HBox line = new HBox(12, run, status);
    HBox.setHgrow(status, Priority.ALWAYS);
    line.setAlignment(Pos.CENTER_LEFT);
    form.under(line);
  }
}
