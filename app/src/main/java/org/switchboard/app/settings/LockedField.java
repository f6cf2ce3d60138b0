package org.switchboard.app.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.switchboard.app.i18n.Localizer;

/**
 * Shows a field an administrator locked as read-only: its input disabled and, under it, a note "Set
 * by your organisation" (a tooltip would not show: disabled controls get no mouse events). The note
 * is hidden and takes no room while the field is unlocked. JavaFX application thread.
 */
final class LockedField {
  private LockedField() {}

  /**
   * Disables {@code input} while {@code locked} holds and returns the note to place under it, with
   * the id {@code <input id>Locked}.
   */
  static Label lock(Control input, ObservableBooleanValue locked, Localizer text) {
    input.disableProperty().bind(locked);
    return note(input, locked, text);
  }

  /**
   * As {@link #lock(Control, ObservableBooleanValue, Localizer)}, for an input that is also
   * disabled while {@code otherwise} holds.
   */
  static Label lock(
      Control input,
      ObservableBooleanValue locked,
      ObservableBooleanValue otherwise,
      Localizer text) {
    input.disableProperty().bind(Bindings.or(locked, otherwise));
    return note(input, locked, text);
  }

  private static Label note(Control input, ObservableBooleanValue locked, Localizer text) {
    Label note = new Label();
    note.setId(input.getId() + "Locked");
    note.setStyle("-fx-font-size: 0.9em;");
    note.getStyleClass().add(Styles.TEXT_MUTED);
    note.setMinWidth(Region.USE_PREF_SIZE);
    note.textProperty().bind(text.text("settings.locked"));
    note.visibleProperty().bind(locked);
    note.managedProperty().bind(locked);
    input
        .accessibleHelpProperty()
        .bind(Bindings.when(locked).then(text.text("settings.locked")).otherwise(""));
    return note;
  }
}
