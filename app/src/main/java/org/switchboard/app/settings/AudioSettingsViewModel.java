package org.switchboard.app.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;

/**
 * The audio section: per role (microphone, speaker, ringer) an ordered preferred-device list and
 * the device in use now, "ring on all listed ringers", each microphone's voice processing, the
 * input meter and the device tests. What is saved is a {@link DevicePreferences}, handed to {@link
 * org.switchboard.core.device.DeviceRouting#setPreferences} when loaded and saved ({@link
 * #applyToRouting}). Used on the JavaFX thread; devices are listed and preferences applied on
 * {@code io}; device events arrive on media threads and are handed to {@code ui}.
 */
public final class AudioSettingsViewModel {
  private static final Logger log = LoggerFactory.getLogger(AudioSettingsViewModel.class);

  private final AudioPorts ports;
  private final Executor io;
  private final Executor ui;
  private final Map<AudioDeviceRole, DeviceListViewModel> lists =
      new EnumMap<>(AudioDeviceRole.class);
  private final BooleanProperty ringOnAll = new SimpleBooleanProperty(this, "ringOnAll");
  private final ProcessingViewModel processing = new ProcessingViewModel();
  private final DeviceTestsViewModel tests;
  private @Nullable Subscription watch;
  private @Nullable Subscription activeWatch;

  /**
   * @param io lists devices and applies preferences (a background executor in production, direct in
   *     tests)
   * @param ui runs results on the JavaFX thread ({@code Platform::runLater}; direct in tests)
   */
  public AudioSettingsViewModel(AudioPorts ports, Localizer localizer, Executor io, Executor ui) {
    this.ports = ports;
    this.io = io;
    this.ui = ui;
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      lists.put(role, new DeviceListViewModel(role));
    }
    this.tests = new DeviceTestsViewModel(ports.checks(), localizer, ui, r -> list(r).checked());
    DeviceListViewModel mics = list(AudioDeviceRole.CAPTURE);
    mics.selectedProperty()
        .addListener(
            (o, old, now) -> {
              processing.show(now == null ? null : now.id());
              tests.meterFollows();
            });
    mics.listed().addListener((javafx.beans.InvalidationListener) o -> tests.meterFollows());
    DeviceListViewModel speakers = list(AudioDeviceRole.PLAYBACK);
    speakers.selectedProperty().addListener((o, old, now) -> tests.meterFollows());
    speakers.listed().addListener((javafx.beans.InvalidationListener) o -> tests.meterFollows());
  }

  /** The preferred-device list of {@code role}. */
  public DeviceListViewModel list(AudioDeviceRole role) {
    return Objects.requireNonNull(lists.get(role), "lists");
  }

  /** Ring on every listed ringer device that is plugged in, not only the first. */
  public BooleanProperty ringOnAllProperty() {
    return ringOnAll;
  }

  /** The selected microphone's processing switches. */
  public ProcessingViewModel processing() {
    return processing;
  }

  /** The input meter and the device tests. */
  public DeviceTestsViewModel tests() {
    return tests;
  }

  /**
   * Lists the devices again (on {@code io}) and the devices in use; from then on follows device
   * changes and changes of the device in use.
   */
  public void refresh() {
    io.execute(
        () -> {
          Map<AudioDeviceRole, List<AudioDevice>> found = new EnumMap<>(AudioDeviceRole.class);
          Map<AudioDeviceRole, @Nullable AudioDevice> active = new EnumMap<>(AudioDeviceRole.class);
          for (AudioDeviceRole role : AudioDeviceRole.values()) {
            found.put(role, listed(role));
            active.put(role, activeOf(role));
          }
          ui.execute(() -> show(found, active));
        });
    if (watch == null) {
      watch = ports.devices().addChangeListener(() -> ui.execute(this::refresh));
      activeWatch =
          ports
              .routing()
              .onActiveDeviceChanged(
                  (role, device, why) -> ui.execute(() -> list(role).setActive(device)));
    }
  }

  /** Starts the input meter (when the section is shown). */
  public void startMeter() {
    tests.startMeter();
  }

  /** Stops the input meter and releases the microphone (when the section is hidden). */
  public void stopMeter() {
    tests.stopMeter();
  }

  /** Stops metering and following devices. */
  public void close() {
    stopMeter();
    for (Subscription s : new Subscription[] {watch, activeWatch}) {
      if (s != null) {
        s.close();
      }
    }
    watch = null;
    activeWatch = null;
  }

  /** Shows {@code s}: saved devices not plugged in stay listed. */
  void apply(AudioSettings s) {
    DevicePreferences p = s.devices();
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      list(role).setIds(p.preferred(role));
    }
    ringOnAll.set(p.ringOnAllPresent());
    processing.setAll(p.processing());
  }

  AudioSettings current() {
    return new AudioSettings(
        new DevicePreferences(
            list(AudioDeviceRole.CAPTURE).ids(),
            list(AudioDeviceRole.PLAYBACK).ids(),
            list(AudioDeviceRole.RINGER).ids(),
            ringOnAll.get(),
            processing.all()));
  }

  /** Hands {@code s} to the device routing (on {@code io}); a refusal is logged, not thrown. */
  void applyToRouting(AudioSettings s) {
    io.execute(
        () -> {
          try {
            ports.routing().setPreferences(s.devices());
          } catch (RuntimeException e) {
            log.warn("the audio device preferences could not be applied: {}", e.toString());
          }
        });
  }

  private List<AudioDevice> listed(AudioDeviceRole role) {
    try {
      return ports.devices().list(role);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private @Nullable AudioDevice activeOf(AudioDeviceRole role) {
    try {
      return ports.routing().active(role);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void show(
      Map<AudioDeviceRole, List<AudioDevice>> found,
      Map<AudioDeviceRole, @Nullable AudioDevice> active) {
    for (AudioDeviceRole role : AudioDeviceRole.values()) {
      list(role).setPresent(Objects.requireNonNullElse(found.get(role), List.of()));
      list(role).setActive(active.get(role));
    }
  }
}
