package org.switchboard.app.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.device.AudioDevice;

/**
 * The editor of one preferred-device list: the devices, most preferred first (one not plugged in is
 * marked so), Move up, Move down, Remove, an "Add device" menu of the present devices not listed,
 * and the device in use now. While the list is locked by an administrator all of it is read-only.
 * Node ids, for the prefix {@code p} ({@code microphones}, {@code speakers}, {@code ringers}):
 * {@code pList}, {@code pUp}, {@code pDown}, {@code pRemove}, {@code pAdd}, {@code pInUse}, {@code
 * pListLocked}. JavaFX thread.
 */
final class DeviceListView {
  private final DeviceListViewModel vm;
  private final Localizer text;
  private final ListView<DeviceRow> list = new ListView<>();
  private final VBox node;
  private final Label lockNote;
  private boolean following;

  DeviceListView(
      String prefix, DeviceListViewModel vm, Localizer text, ObservableBooleanValue locked) {
    this.vm = vm;
    this.text = text;
    list.setId(prefix + "List");
    list.setItems(vm.listed());
    list.setPrefHeight(96);
    list.setCellFactory(l -> new Cell());
    text.languageProperty().addListener((o, was, now) -> list.refresh());
    Label empty = new Label();
    empty.textProperty().bind(text.text("settings.audio.noneListed"));
    list.setPlaceholder(empty);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, old, row) -> {
              if (!following) {
                vm.selectedProperty().set(row);
              }
            });
    vm.selectedProperty().addListener((o, old, row) -> follow(row));
    follow(vm.selectedProperty().get());
    lockNote = LockedField.lock(list, locked, text);
    Button up = button(prefix + "Up", "settings.audio.moveUp", vm.canMoveUpProperty(), locked);
    up.setOnAction(e -> vm.moveUp());
    Button down =
        button(prefix + "Down", "settings.audio.moveDown", vm.canMoveDownProperty(), locked);
    down.setOnAction(e -> vm.moveDown());
    Button remove =
        button(prefix + "Remove", "settings.audio.remove", vm.canRemoveProperty(), locked);
    remove.setOnAction(e -> vm.remove());
    VBox buttons = new VBox(6, up, down, remove, addMenu(prefix, locked));
    HBox.setHgrow(list, Priority.ALWAYS);
    HBox editor = new HBox(8, list, buttons);
    Label inUse = new Label();
    inUse.setId(prefix + "InUse");
    inUse.getStyleClass().add(Styles.TEXT_MUTED);
    inUse.setMinWidth(Region.USE_PREF_SIZE);
    inUse
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> inUse(vm.activeProperty().get()),
                vm.activeProperty(),
                text.languageProperty()));
    node = new VBox(4, editor, inUse, lockNote);
  }

  /** The list itself, which the form's label names. */
  ListView<DeviceRow> list() {
    return list;
  }

  Node node() {
    return node;
  }

  private String inUse(@Nullable AudioDevice device) {
    return text.get(
        "settings.audio.inUse",
        device == null ? text.get("settings.audio.systemDefault") : device.name());
  }

  private void follow(@Nullable DeviceRow row) {
    following = true;
    try {
      if (row == null) {
        list.getSelectionModel().clearSelection();
      } else {
        list.getSelectionModel().select(row);
      }
    } finally {
      following = false;
    }
  }

  private MenuButton addMenu(String prefix, ObservableBooleanValue locked) {
    MenuButton add = new MenuButton();
    add.setId(prefix + "Add");
    add.textProperty().bind(text.text("settings.audio.add"));
    add.setMaxWidth(Double.MAX_VALUE);
    Runnable fill =
        () ->
            add.getItems()
                .setAll(
                    vm.addable().stream()
                        .map(
                            row -> {
                              MenuItem item = new MenuItem(row.name());
                              item.setMnemonicParsing(false);
                              item.setOnAction(e -> vm.add(row));
                              return item;
                            })
                        .toList());
    vm.addable().addListener((ListChangeListener<DeviceRow>) c -> fill.run());
    fill.run();
    add.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> locked.get() || vm.addable().isEmpty(), locked, vm.addable()));
    return add;
  }

  private Button button(
      String id, String key, ObservableBooleanValue can, ObservableBooleanValue locked) {
    Button b = new Button();
    b.setId(id);
    b.textProperty().bind(text.text(key));
    b.setMaxWidth(Double.MAX_VALUE);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.disableProperty()
        .bind(Bindings.createBooleanBinding(() -> locked.get() || !can.get(), locked, can));
    return b;
  }

  /** "1. USB Headset", or "2. Laptop microphone (not connected)" in a muted colour. */
  private final class Cell extends ListCell<DeviceRow> {
    @Override
    protected void updateItem(@Nullable DeviceRow row, boolean empty) {
      super.updateItem(row, empty);
      // Inline: the theme's list-cell colours outrank a style class.
      setStyle("");
      if (empty || row == null) {
        setText(null);
        return;
      }
      String name =
          row.connected() ? row.name() : text.get("settings.audio.notConnected", row.name());
      setText(text.get("settings.audio.position", getIndex() + 1, name));
      if (!row.connected()) {
        setStyle("-fx-text-fill: -color-fg-muted;");
      }
    }
  }
}
