package org.switchboard.app.settings;

import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Localizer;

/**
 * The hotkeys section: one capture field per action. Focus the field and press the combination;
 * Backspace or Delete alone removes it; Tab moves on as everywhere. Node ids: {@code
 * hotkey<Action>} ({@code hotkeyAnswer}, {@code hotkeyHangUp}, ...), {@code hotkey<Action>Error},
 * {@code hotkey<Action>Clear}, {@code hotkey<Action>Locked}.
 */
final class HotkeysView {
  private final HotkeysViewModel vm;
  private final Localizer text;
  private final FieldLocks locks;
  private final FormGrid form;

  HotkeysView(HotkeysViewModel vm, Localizer text, FieldLocks locks) {
    this.vm = vm;
    this.text = text;
    this.locks = locks;
    form = new FormGrid(text);
    form.node().setId("hotkeysSection");
    for (HotkeyAction action : vm.actions()) {
      add(action);
    }
    form.note("hotkeysNote", text.text("settings.hotkeys.note"));
  }

  Parent root() {
    return form.node();
  }

  /** The node id of {@code action}'s capture field. */
  static String id(HotkeyAction action) {
    String tag = action.tag();
    return "hotkey" + tag.substring(0, 1).toUpperCase(Locale.ROOT) + tag.substring(1);
  }

  private void add(HotkeyAction action) {
    String id = id(action);
    TextField keys = FormGrid.leftToRight(new TextField());
    keys.setId(id);
    keys.setPrefColumnCount(FormGrid.COLUMNS / 2);
    keys.setEditable(false);
    keys.textProperty().bind(vm.keysProperty(action));
    keys.promptTextProperty().bind(text.text("settings.hotkeys.prompt"));
    keys.addEventFilter(KeyEvent.KEY_PRESSED, e -> capture(action, e));
    Button clear = new Button();
    clear.setId(id + "Clear");
    clear.textProperty().bind(text.text("settings.hotkeys.clear"));
    clear.setMinWidth(Region.USE_PREF_SIZE);
    clear.setOnAction(e -> vm.clear(action));
    HBox line = new HBox(8, keys, clear);
    line.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(keys, Priority.ALWAYS);
    form.row(HotkeysViewModel.labelKey(action), keys, line);
    form.problem(id + "Error", vm.errorProperty(action));
    ObservableBooleanValue locked = locks.locked("hotkeys." + action.tag());
    form.lock(keys, locked);
    clear.disableProperty().bind(locked);
  }

  private void capture(HotkeyAction action, KeyEvent e) {
    KeyCode code = e.getCode();
    if (code == KeyCode.TAB) {
      return;
    }
    e.consume();
    if (code.isModifierKey()) {
      return;
    }
    boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown();
    if (plain && (code == KeyCode.BACK_SPACE || code == KeyCode.DELETE)) {
      vm.clear(action);
      return;
    }
    String key = code.getName().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    if (key.isEmpty() || key.startsWith("_") || code == KeyCode.UNDEFINED) {
      return;
    }
    vm.set(
        action, new Hotkey(e.isControlDown(), e.isAltDown(), e.isShiftDown(), e.isMetaDown(), key));
  }
}
