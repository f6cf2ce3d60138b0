package org.switchboard.app.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;

/**
 * The audio section: which microphone, speaker and ringer to use, the microphone's level while the
 * section is shown, and a test sound for the speaker and the ringer. Used on the JavaFX thread;
 * devices are listed on {@code io}; levels and test results arrive on media threads and are handed
 * to {@code ui}.
 */
public final class AudioSettingsViewModel {
  /**
   * A device to choose.
   *
   * @param id the device id; empty for the system default
   * @param name the device's name (the id when it is not connected)
   * @param connected false for a saved device that is not plugged in now
   */
  public record DeviceChoice(String id, String name, boolean connected) {
    static final DeviceChoice SYSTEM_DEFAULT = new DeviceChoice("", "", true);

    public boolean isSystemDefault() {
      return id.isEmpty();
    }
  }

  /** Where a test sound stands. */
  public enum TestState {
    IDLE,
    PLAYING,
    PLAYED,
    FAILED
  }

  private final AudioDevices devices;
  private final AudioCheck check;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final Map<AudioDeviceRole, String> wanted = new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, ObservableList<DeviceChoice>> choices =
      new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, ObjectProperty<@Nullable DeviceChoice>> selected =
      new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, ObjectProperty<TestState>> tests =
      new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, StringProperty> testProblems =
      new EnumMap<>(AudioDeviceRole.class);
  private final DoubleProperty level = new SimpleDoubleProperty(this, "level", 0);
  private @Nullable Subscription meter;
  private @Nullable Subscription watch;
  private boolean metering;
  private boolean refilling;
  private int meterGeneration;

  /**
   * @param io lists devices (a background executor in production, direct in tests)
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public AudioSettingsViewModel(
      AudioDevices devices, AudioCheck check, Localizer localizer, Executor io, Executor ui) {
    this.devices = devices;
    this.check = check;
    this.localizer = localizer;
    this.io = io;
    this.ui = ui;
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      wanted.put(role, "");
      choices.put(role, FXCollections.observableArrayList(DeviceChoice.SYSTEM_DEFAULT));
      ObjectProperty<@Nullable DeviceChoice> choice =
          new SimpleObjectProperty<>(this, role.name(), DeviceChoice.SYSTEM_DEFAULT);
      // A list refresh may clear a combo box's value for a moment; null never counts as a choice.
      choice.addListener((o, old, now) -> chosen(role, now));
      selected.put(role, choice);
      tests.put(role, new SimpleObjectProperty<>(this, role.name() + "Test", TestState.IDLE));
      testProblems.put(role, new SimpleStringProperty(this, role.name() + "Problem", ""));
    }
  }

  /** The devices to choose from for {@code role}: the system default first. */
  public ObservableList<DeviceChoice> choices(AudioDeviceRole role) {
    return Objects.requireNonNull(choices.get(role), "choices");
  }

  /** The chosen device for {@code role}, bound both ways to its chooser. */
  public ObjectProperty<@Nullable DeviceChoice> selectedProperty(AudioDeviceRole role) {
    return Objects.requireNonNull(selected.get(role), "selected");
  }

  /** The microphone's level from 0 to 1 while metering; 0 otherwise. */
  public ObservableDoubleValue levelProperty() {
    return level;
  }

  /** Lists the devices again (on {@code io}), keeping the choices; also on every device change. */
  public void refresh() {
    io.execute(
        () -> {
          Map<AudioDeviceRole, List<AudioDevice>> found = new EnumMap<>(AudioDeviceRole.class);
          for (AudioDeviceRole role : AudioDeviceRole.values()) {
            found.put(role, listed(role));
          }
          ui.execute(() -> show(found));
        });
    if (watch == null) {
      watch = devices.addChangeListener(() -> ui.execute(this::refresh));
    }
  }

  /** Starts the microphone level meter (when the section is shown). */
  public void startMeter() {
    if (metering) {
      return;
    }
    metering = true;
    subscribeMeter();
  }

  /** Stops the level meter and releases the microphone (when the section is hidden). */
  public void stopMeter() {
    metering = false;
    unsubscribeMeter();
  }

  /** Plays the test sound on the chosen device for {@code role} (speaker or ringer). */
  public void test(AudioDeviceRole role) {
    ObjectProperty<TestState> state = testState(role);
    if (state.get() == TestState.PLAYING) {
      return;
    }
    state.set(TestState.PLAYING);
    CompletableFuture<Void> played;
    try {
      played = check.playTest(wantedId(role));
    } catch (RuntimeException e) {
      played = CompletableFuture.failedFuture(e);
    }
    played.whenComplete((v, e) -> ui.execute(() -> tested(role, e)));
  }

  /** Whether a test sound for {@code role} is playing now. */
  public ObservableBooleanValue testingProperty(AudioDeviceRole role) {
    ObjectProperty<TestState> state = testState(role);
    return Bindings.createBooleanBinding(() -> state.get() == TestState.PLAYING, state);
  }

  /** How the last test of {@code role} went, localised; empty before the first. */
  public ObservableStringValue testStatusProperty(AudioDeviceRole role) {
    ObjectProperty<TestState> state = testState(role);
    StringProperty problem = Objects.requireNonNull(testProblems.get(role), "problems");
    StringBinding text =
        Bindings.createStringBinding(
            () -> {
              switch (state.get()) {
                case PLAYING:
                  return localizer.get("settings.audio.playing");
                case PLAYED:
                  return localizer.get("settings.audio.played");
                case FAILED:
                  return localizer.get("settings.audio.testFailed", problem.get());
                case IDLE:
                default:
                  return "";
              }
            },
            state,
            problem,
            localizer.languageProperty());
    return text;
  }

  /** Whether the last test of {@code role} failed. */
  public BooleanBinding testFailedProperty(AudioDeviceRole role) {
    ObjectProperty<TestState> state = testState(role);
    return Bindings.createBooleanBinding(() -> state.get() == TestState.FAILED, state);
  }

  /** Stops metering and watching for device changes. */
  public void close() {
    stopMeter();
    Subscription w = watch;
    watch = null;
    if (w != null) {
      w.close();
    }
  }

  /** Shows {@code s} as the saved choice; a saved device not plugged in stays chosen. */
  void apply(AudioSettings s) {
    wanted.put(AudioDeviceRole.CAPTURE, s.microphone());
    wanted.put(AudioDeviceRole.PLAYBACK, s.speaker());
    wanted.put(AudioDeviceRole.RINGER, s.ringer());
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      List<AudioDevice> connected = new ArrayList<>();
      for (DeviceChoice c : choices(role)) {
        if (c.connected() && !c.isSystemDefault()) {
          connected.add(new AudioDevice(c.id(), c.name(), role));
        }
      }
      showRole(role, connected);
    }
  }

  AudioSettings current() {
    return new AudioSettings(
        wantedId(AudioDeviceRole.CAPTURE),
        wantedId(AudioDeviceRole.PLAYBACK),
        wantedId(AudioDeviceRole.RINGER));
  }

  private List<AudioDevice> listed(AudioDeviceRole role) {
    try {
      return devices.list(role);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private void show(Map<AudioDeviceRole, List<AudioDevice>> found) {
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      showRole(role, Objects.requireNonNullElse(found.get(role), List.of()));
    }
  }

  private void showRole(AudioDeviceRole role, List<AudioDevice> connected) {
    String id = wantedId(role);
    List<DeviceChoice> list = new ArrayList<>();
    list.add(DeviceChoice.SYSTEM_DEFAULT);
    DeviceChoice chosen = id.isEmpty() ? DeviceChoice.SYSTEM_DEFAULT : null;
    for (AudioDevice device : connected) {
      DeviceChoice choice = new DeviceChoice(device.id(), device.name(), true);
      list.add(choice);
      if (device.id().equals(id)) {
        chosen = choice;
      }
    }
    if (chosen == null) {
      chosen = new DeviceChoice(id, id, false);
      list.add(chosen);
    }
    refilling = true;
    try {
      choices(role).setAll(list);
      selectedProperty(role).set(chosen);
    } finally {
      refilling = false;
    }
  }

  private void chosen(AudioDeviceRole role, @Nullable DeviceChoice now) {
    if (refilling || now == null || now.id().equals(wantedId(role))) {
      return;
    }
    wanted.put(role, now.id());
    if (role == AudioDeviceRole.CAPTURE && metering) {
      unsubscribeMeter();
      subscribeMeter();
    }
  }

  private void subscribeMeter() {
    int generation = ++meterGeneration;
    try {
      meter =
          check.meter(
              wantedId(AudioDeviceRole.CAPTURE),
              value -> ui.execute(() -> metered(generation, value)));
    } catch (RuntimeException e) {
      meter = null;
    }
  }

  private void metered(int generation, double value) {
    if (metering && generation == meterGeneration) {
      level.set(Math.max(0, Math.min(1, value)));
    }
  }

  private void unsubscribeMeter() {
    meterGeneration++;
    Subscription m = meter;
    meter = null;
    if (m != null) {
      m.close();
    }
    level.set(0);
  }

  private void tested(AudioDeviceRole role, @Nullable Throwable failure) {
    if (failure == null) {
      testState(role).set(TestState.PLAYED);
      return;
    }
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String message = cause.getMessage();
    Objects.requireNonNull(testProblems.get(role), "problems")
        .set(message == null ? cause.getClass().getSimpleName() : message);
    testState(role).set(TestState.FAILED);
  }

  private ObjectProperty<TestState> testState(AudioDeviceRole role) {
    return Objects.requireNonNull(tests.get(role), "tests");
  }

  private String wantedId(AudioDeviceRole role) {
    return Objects.requireNonNullElse(wanted.get(role), "");
  }
}
