package org.switchboard.app.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * One role's ordered preferred-device list (microphones, speakers or ringers): the listed devices,
 * most preferred first, with saved ones that are not plugged in kept and marked; the present
 * devices that may be added; moving the selected one up or down, removing it; and the device in use
 * now. Plain {@code javafx.beans}; JavaFX application thread.
 */
public final class DeviceListViewModel {
  private final AudioDeviceRole role;
  private final ObservableList<DeviceRow> listed = FXCollections.observableArrayList();
  private final ObservableList<DeviceRow> addable = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable DeviceRow> selected = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<@Nullable AudioDevice> active = new ReadOnlyObjectWrapper<>();
  private final Map<String, String> names = new HashMap<>();
  private final BooleanBinding canMoveUp;
  private final BooleanBinding canMoveDown;
  private final BooleanBinding canRemove;
  private List<String> ids = List.of();
  private List<AudioDevice> present = List.of();

  DeviceListViewModel(AudioDeviceRole role) {
    this.role = role;
    canRemove = selected.isNotNull();
    canMoveUp = Bindings.createBooleanBinding(() -> index() > 0, selected, listed);
    canMoveDown =
        Bindings.createBooleanBinding(
            () -> index() >= 0 && index() < listed.size() - 1, selected, listed);
  }

  public AudioDeviceRole role() {
    return role;
  }

  /** The listed devices, most preferred first. */
  public ObservableList<DeviceRow> listed() {
    return listed;
  }

  /** The present devices not listed yet. */
  public ObservableList<DeviceRow> addable() {
    return addable;
  }

  /** The listed device the agent selected; bound both ways to the list's selection. */
  public ObjectProperty<@Nullable DeviceRow> selectedProperty() {
    return selected;
  }

  public ObservableBooleanValue canMoveUpProperty() {
    return canMoveUp;
  }

  public ObservableBooleanValue canMoveDownProperty() {
    return canMoveDown;
  }

  public ObservableBooleanValue canRemoveProperty() {
    return canRemove;
  }

  /** The device in use now for this role; null for the system default. */
  public ReadOnlyObjectProperty<@Nullable AudioDevice> activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** Lists {@code device} last (least preferred) and selects it. */
  public void add(DeviceRow device) {
    if (ids.contains(device.id())) {
      return;
    }
    List<String> now = new ArrayList<>(ids);
    now.add(device.id());
    show(now, device.id());
  }

  /** Takes the selected device off the list. */
  public void remove() {
    DeviceRow row = selected.get();
    if (row != null) {
      List<String> now = new ArrayList<>(ids);
      now.remove(row.id());
      show(now, null);
    }
  }

  /** Makes the selected device more preferred by one place. */
  public void moveUp() {
    move(-1);
  }

  /** Makes the selected device less preferred by one place. */
  public void moveDown() {
    move(1);
  }

  /**
   * The device a check (meter, test) uses: the selected one, else the first listed one plugged in;
   * null for the system default.
   */
  public @Nullable DeviceRow checked() {
    DeviceRow row = selected.get();
    if (row != null) {
      return row;
    }
    return listed.stream().filter(DeviceRow::connected).findFirst().orElse(null);
  }

  /** The listed ids, most preferred first. */
  List<String> ids() {
    return ids;
  }

  /** Shows the saved {@code preferred} ids. */
  void setIds(List<String> preferred) {
    show(List.copyOf(preferred), null);
  }

  /** The devices plugged in now changed. */
  void setPresent(List<AudioDevice> devices) {
    present = List.copyOf(devices);
    present.forEach(d -> names.put(d.id(), d.name()));
    DeviceRow row = selected.get();
    show(ids, row == null ? null : row.id());
  }

  void setActive(@Nullable AudioDevice device) {
    active.set(device);
  }

  private void move(int by) {
    int at = index();
    int to = at + by;
    if (at < 0 || to < 0 || to >= ids.size()) {
      return;
    }
    List<String> now = new ArrayList<>(ids);
    now.add(to, now.remove(at));
    show(now, ids.get(at));
  }

  private int index() {
    DeviceRow row = selected.get();
    return row == null ? -1 : listed.indexOf(row);
  }

  private void show(List<String> now, @Nullable String select) {
    ids = List.copyOf(now);
    List<DeviceRow> rows = new ArrayList<>();
    DeviceRow chosen = null;
    for (String id : ids) {
      boolean connected = present.stream().anyMatch(d -> d.id().equals(id));
      DeviceRow row = new DeviceRow(id, Objects.requireNonNullElse(names.get(id), id), connected);
      rows.add(row);
      if (id.equals(select)) {
        chosen = row;
      }
    }
    List<DeviceRow> more = new ArrayList<>();
    for (AudioDevice d : present) {
      if (!ids.contains(d.id())) {
        more.add(new DeviceRow(d.id(), d.name(), true));
      }
    }
    listed.setAll(rows);
    addable.setAll(more);
    selected.set(chosen);
  }
}
