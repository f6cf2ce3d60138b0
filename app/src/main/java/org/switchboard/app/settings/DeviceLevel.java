package org.switchboard.app.settings;

import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;

/**
 * One live level meter of the audio section (the microphone's input, the speaker's output): it
 * meters the device it is pointed at while running, moves to another device when pointed there, and
 * ignores levels that arrive after a move or a stop. Used on the JavaFX thread; levels arrive on a
 * media thread and are handed to {@code ui}.
 */
final class DeviceLevel {
  private final BiFunction<String, DoubleConsumer, Subscription> meter;
  private final Executor ui;
  private final DoubleProperty level = new SimpleDoubleProperty(this, "level", 0);
  private @Nullable Subscription subscription;
  private String metered = "";
  private boolean running;
  private int generation;

  /**
   * @param meter starts metering a device id ("" for the system default), e.g. {@code
   *     DeviceChecks::inputLevel}
   */
  DeviceLevel(BiFunction<String, DoubleConsumer, Subscription> meter, Executor ui) {
    this.meter = meter;
    this.ui = ui;
  }

  /** The peak level from 0 to 1 while running; 0 otherwise. */
  ObservableDoubleValue levelProperty() {
    return level;
  }

  void start(String deviceId) {
    running = true;
    follow(deviceId);
  }

  void stop() {
    running = false;
    unsubscribe();
  }

  /** The device to meter may have changed. */
  void follow(String deviceId) {
    if (!running || (subscription != null && deviceId.equals(metered))) {
      return;
    }
    unsubscribe();
    int mine = ++generation;
    metered = deviceId;
    try {
      subscription = meter.apply(deviceId, value -> ui.execute(() -> metered(mine, value)));
    } catch (RuntimeException e) {
      subscription = null; // a device that cannot be metered shows no level
    }
  }

  private void metered(int mine, double value) {
    if (running && mine == generation) {
      level.set(Math.max(0, Math.min(1, value)));
    }
  }

  private void unsubscribe() {
    generation++;
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
    level.set(0);
  }
}
