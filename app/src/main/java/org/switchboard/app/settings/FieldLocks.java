package org.switchboard.app.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The locks in force, for the settings screens to follow: a field an administrator locked is shown
 * read-only ({@link LockedField}). They change when the settings are loaded. Plain {@code
 * javafx.beans}; JavaFX application thread.
 */
public final class FieldLocks {
  private final ObjectProperty<SettingLocks> locks =
      new SimpleObjectProperty<>(this, "locks", SettingLocks.none());

  /** Whether the field at {@code path} ({@code port}, {@code audio.microphone}) is locked now. */
  public ObservableBooleanValue locked(String path) {
    return Bindings.createBooleanBinding(() -> locks.get().isLocked(path), locks);
  }

  /** The locks in force. */
  public SettingLocks get() {
    return locks.get();
  }

  void set(SettingLocks now) {
    locks.set(now);
  }
}
