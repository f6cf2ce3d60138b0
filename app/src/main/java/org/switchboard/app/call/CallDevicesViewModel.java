package org.switchboard.app.call;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.ActiveDeviceListener.Reason;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioDevices;
import org.switchboard.core.device.DeviceRouting;

/**
 * The call panel's device menu: the microphones and speakers plugged in, the one in use for each,
 * switching to another now ({@link DeviceRouting#switchTo}), and a short notice when the device in
 * use changed by itself ("USB Headset disconnected; using Laptop speaker"). Plain {@code
 * javafx.beans}; JavaFX application thread. Devices are listed and switched on {@code io}; routing
 * events arrive on a media thread and are handed to {@code ui}.
 */
public final class CallDevicesViewModel implements AutoCloseable {
  /** How long a notice about a device change stays. */
  public static final Duration NOTICE = Duration.ofSeconds(8);

  /** The roles the menu switches. */
  public static final List<AudioDeviceRole> ROLES =
      List.of(AudioDeviceRole.CAPTURE, AudioDeviceRole.PLAYBACK);

  /** Runs an action on the JavaFX thread after a delay. */
  @FunctionalInterface
  public interface Timer {
    void after(Duration delay, Runnable action);
  }

  private final AudioDevices devices;
  private final DeviceRouting routing;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final Timer timer;
  private final MessageLine notice;
  private final Map<AudioDeviceRole, ObservableList<AudioDevice>> choices =
      new EnumMap<>(AudioDeviceRole.class);
  private final Map<AudioDeviceRole, ReadOnlyObjectWrapper<@Nullable AudioDevice>> active =
      new EnumMap<>(AudioDeviceRole.class);
  private final Subscription watch;
  private int notices;

  /**
   * @param io lists devices and switches (a background executor in production, direct in tests)
   * @param ui runs results and routing events on the JavaFX thread
   * @param timer clears a notice after {@link #NOTICE}
   */
  public CallDevicesViewModel(
      AudioDevices devices,
      DeviceRouting routing,
      Localizer localizer,
      Executor io,
      Executor ui,
      Timer timer) {
    this.devices = Objects.requireNonNull(devices, "devices");
    this.routing = Objects.requireNonNull(routing, "routing");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.io = Objects.requireNonNull(io, "io");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.notice = new MessageLine(localizer);
    for (AudioDeviceRole role : ROLES) {
      choices.put(role, FXCollections.observableArrayList());
      active.put(role, new ReadOnlyObjectWrapper<>(this, role.name()));
    }
    this.watch =
        routing.onActiveDeviceChanged(
            (role, device, why) -> ui.execute(() -> changed(role, device, why)));
    // Known from the start, so that a device lost before the menu was opened is named.
    refresh();
  }

  /** The devices to switch to for {@code role} (microphone or speaker), as last listed. */
  public ObservableList<AudioDevice> choices(AudioDeviceRole role) {
    return Objects.requireNonNull(choices.get(role), "choices");
  }

  /** The device in use for {@code role}; null for the system default. */
  public ReadOnlyObjectProperty<@Nullable AudioDevice> activeProperty(AudioDeviceRole role) {
    return wrapper(role).getReadOnlyProperty();
  }

  /** The notice about the last device change or failed switch; empty when there is none. */
  public ObservableStringValue noticeProperty() {
    return notice.textProperty();
  }

  /** Whether the notice tells of a failure. */
  public ObservableBooleanValue noticeIsProblemProperty() {
    return notice.problemProperty();
  }

  /** Lists the devices and the ones in use again (on {@code io}); when the menu opens. */
  public void refresh() {
    io.execute(
        () -> {
          Map<AudioDeviceRole, List<AudioDevice>> found = new EnumMap<>(AudioDeviceRole.class);
          Map<AudioDeviceRole, @Nullable AudioDevice> now = new EnumMap<>(AudioDeviceRole.class);
          for (AudioDeviceRole role : ROLES) {
            found.put(role, listed(role));
            now.put(role, activeOf(role));
          }
          ui.execute(
              () -> {
                for (AudioDeviceRole role : ROLES) {
                  choices(role).setAll(Objects.requireNonNullElse(found.get(role), List.of()));
                  wrapper(role).set(now.get(role));
                }
              });
        });
  }

  /** Uses {@code device} for its role now, also in the calls in progress. */
  public void switchTo(AudioDevice device) {
    io.execute(
        () -> {
          try {
            routing.switchTo(device.role(), device.id());
          } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            ui.execute(
                () ->
                    show(
                        true,
                        "callpanel.devices.switchFailed",
                        device.name(),
                        new CallTexts.LeftToRight(why)));
          }
        });
  }

  /** Stops following the routing. */
  @Override
  public void close() {
    watch.close();
  }

  private void changed(AudioDeviceRole role, @Nullable AudioDevice device, Reason why) {
    if (!ROLES.contains(role)) {
      return;
    }
    AudioDevice before = wrapper(role).get();
    wrapper(role).set(device);
    if (why == Reason.DEVICE_LOST) {
      show(false, "callpanel.devices.lost", name(before), name(device));
    } else if (why == Reason.PREFERRED_APPEARED) {
      show(false, "callpanel.devices.appeared", name(device));
    }
  }

  private void show(boolean problem, String key, Object... args) {
    if (problem) {
      notice.problem(key, args);
    } else {
      notice.info(key, args);
    }
    int mine = ++notices;
    timer.after(
        NOTICE,
        () -> {
          if (mine == notices) {
            notice.clear();
          }
        });
  }

  private String name(@Nullable AudioDevice device) {
    return device == null ? localizer.get("callpanel.devices.systemDefault") : device.name();
  }

  private List<AudioDevice> listed(AudioDeviceRole role) {
    try {
      return devices.list(role);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private @Nullable AudioDevice activeOf(AudioDeviceRole role) {
    try {
      return routing.active(role);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private ReadOnlyObjectWrapper<@Nullable AudioDevice> wrapper(AudioDeviceRole role) {
    return Objects.requireNonNull(active.get(role), "active");
  }
}
