package org.switchboard.app.settings;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DeviceChecks;

/**
 * The audio section's checks ({@link DeviceChecks}): the live input meter of the microphone being
 * checked, and the microphone, speaker and ringer tests with how each went. Each check uses the
 * device the role's list points at ({@link DeviceListViewModel#checked()}). Used on the JavaFX
 * thread; levels and results arrive on media threads and are handed to {@code ui}.
 */
public final class DeviceTestsViewModel {
  /** How long the microphone test records before playing back. */
  public static final Duration RECORDING = Duration.ofSeconds(3);

  /** The tests offered. */
  public enum Test {
    MICROPHONE,
    SPEAKER,
    RINGER
  }

  /** Where a test stands. */
  public enum TestState {
    IDLE,
    RUNNING,
    PASSED,
    FAILED
  }

  private final DeviceChecks checks;
  private final Localizer localizer;
  private final Executor ui;
  private final Function<AudioDeviceRole, @Nullable DeviceRow> device;
  private final Map<Test, ObjectProperty<TestState>> states = new EnumMap<>(Test.class);
  private final Map<Test, StringProperty> problems = new EnumMap<>(Test.class);
  private final DeviceLevel input;
  private final DeviceLevel output;

  /**
   * @param device the device each role is checked on; null for the system default
   */
  DeviceTestsViewModel(
      DeviceChecks checks,
      Localizer localizer,
      Executor ui,
      Function<AudioDeviceRole, @Nullable DeviceRow> device) {
    this.checks = checks;
    this.localizer = localizer;
    this.ui = ui;
    this.device = device;
    this.input = new DeviceLevel(checks::inputLevel, ui);
    this.output = new DeviceLevel(checks::outputLevel, ui);
    for (Test t : Test.values()) {
      states.put(t, new SimpleObjectProperty<>(this, t.name(), TestState.IDLE));
      problems.put(t, new SimpleStringProperty(this, t.name() + "Problem", ""));
    }
  }

  /** The microphone's peak level from 0 to 1 while metering; 0 otherwise. */
  public ObservableDoubleValue levelProperty() {
    return input.levelProperty();
  }

  /** What the speaker plays (calls, tones, tests), from 0 to 1 while metering; 0 otherwise. */
  public ObservableDoubleValue outputLevelProperty() {
    return output.levelProperty();
  }

  /** Starts the input and output meters (while the section is shown). */
  public void startMeter() {
    input.start(checkedId(AudioDeviceRole.CAPTURE));
    output.start(checkedId(AudioDeviceRole.PLAYBACK));
  }

  /** Stops the meters and releases the devices. */
  public void stopMeter() {
    input.stop();
    output.stop();
  }

  /** Runs {@code test} on its role's device, unless it runs already. */
  public void run(Test test) {
    ObjectProperty<TestState> state = state(test);
    if (state.get() == TestState.RUNNING) {
      return;
    }
    DeviceRow on = device.apply(role(test));
    if (on != null && !on.connected()) {
      failed(test, localizer.get("settings.audio.notPluggedIn", on.name()));
      return;
    }
    state.set(TestState.RUNNING);
    CompletableFuture<Void> done;
    try {
      done = start(test, on == null ? "" : on.id());
    } catch (RuntimeException e) {
      done = CompletableFuture.failedFuture(e);
    }
    done.whenComplete((v, e) -> ui.execute(() -> finished(test, e)));
  }

  /** Whether {@code test} runs now. */
  public ObservableBooleanValue runningProperty(Test test) {
    ObjectProperty<TestState> state = state(test);
    return Bindings.createBooleanBinding(() -> state.get() == TestState.RUNNING, state);
  }

  /** Whether the last run of {@code test} failed. */
  public ObservableBooleanValue failedProperty(Test test) {
    ObjectProperty<TestState> state = state(test);
    return Bindings.createBooleanBinding(() -> state.get() == TestState.FAILED, state);
  }

  /** How the last run of {@code test} went, localised; empty before the first. */
  public ObservableStringValue statusProperty(Test test) {
    ObjectProperty<TestState> state = state(test);
    StringProperty problem = Objects.requireNonNull(problems.get(test), "problems");
    String prefix = test == Test.MICROPHONE ? "settings.audio.micTest" : "settings.audio.test";
    return Bindings.createStringBinding(
        () -> {
          switch (state.get()) {
            case RUNNING:
              return localizer.get(prefix + ".running");
            case PASSED:
              return localizer.get(prefix + ".passed");
            case FAILED:
              return localizer.get(prefix + ".failed", problem.get());
            case IDLE:
            default:
              return "";
          }
        },
        state,
        problem,
        localizer.languageProperty());
  }

  /** The microphone or speaker being checked may have changed: the meters follow them. */
  void meterFollows() {
    input.follow(checkedId(AudioDeviceRole.CAPTURE));
    output.follow(checkedId(AudioDeviceRole.PLAYBACK));
  }

  private String checkedId(AudioDeviceRole role) {
    DeviceRow row = device.apply(role);
    return row == null ? "" : row.id();
  }

  private CompletableFuture<Void> start(Test test, String id) {
    if (test == Test.MICROPHONE) {
      DeviceRow speaker = device.apply(AudioDeviceRole.PLAYBACK);
      String playback = speaker == null || !speaker.connected() ? "" : speaker.id();
      return checks.microphoneTest(id, playback, RECORDING);
    }
    return checks.speakerTest(id);
  }

  private static AudioDeviceRole role(Test test) {
    switch (test) {
      case MICROPHONE:
        return AudioDeviceRole.CAPTURE;
      case RINGER:
        return AudioDeviceRole.RINGER;
      case SPEAKER:
      default:
        return AudioDeviceRole.PLAYBACK;
    }
  }

  private void finished(Test test, @Nullable Throwable failure) {
    if (failure == null) {
      state(test).set(TestState.PASSED);
      return;
    }
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String message = cause.getMessage();
    failed(test, message == null ? cause.getClass().getSimpleName() : message);
  }

  private void failed(Test test, String problem) {
    Objects.requireNonNull(problems.get(test), "problems").set(problem);
    state(test).set(TestState.FAILED);
  }

  private ObjectProperty<TestState> state(Test test) {
    return Objects.requireNonNull(states.get(test), "states");
  }
}
