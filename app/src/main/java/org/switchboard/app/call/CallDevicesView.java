package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * The call panel's device menu and device notice, bound to {@link CallDevicesViewModel}. The menu
 * lists the microphones, then the speakers, the one in use checked; choosing one switches to it.
 * Node ids: {@code devices} (the menu), {@code device-<role>-<n>} for its items ({@code
 * device-capture-0}, ...), {@code deviceNotice}. JavaFX thread.
 */
final class CallDevicesView {
  private final CallDevicesViewModel vm;
  private final Localizer text;
  private final MenuButton menu = new MenuButton();
  private final Label notice = new Label();

  CallDevicesView(CallDevicesViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    menu.setId("devices");
    menu.textProperty().bind(text.text("callpanel.devices"));
    menu.accessibleTextProperty().bind(text.text("callpanel.devices"));
    menu.setOnShowing(e -> vm.refresh());
    for (AudioDeviceRole role : CallDevicesViewModel.ROLES) {
      vm.choices(role).addListener((ListChangeListener<AudioDevice>) c -> fill());
      vm.activeProperty(role).addListener((o, was, now) -> fill());
    }
    text.languageProperty().addListener((o, was, now) -> fill());
    fill();
    notice.setId("deviceNotice");
    notice.setWrapText(true);
    notice.textProperty().bind(vm.noticeProperty());
    notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
    notice.managedProperty().bind(notice.visibleProperty());
    vm.noticeIsProblemProperty()
        .addListener(
            (o, was, problem) -> {
              notice.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
              notice.getStyleClass().add(problem ? Styles.DANGER : Styles.WARNING);
            });
    notice.getStyleClass().add(Styles.WARNING);
  }

  MenuButton menu() {
    return menu;
  }

  Label notice() {
    return notice;
  }

  private void fill() {
    List<MenuItem> items = new ArrayList<>();
    for (AudioDeviceRole role : CallDevicesViewModel.ROLES) {
      if (!items.isEmpty()) {
        items.add(new SeparatorMenuItem());
      }
      MenuItem heading =
          new MenuItem(
              text.get(
                  role == AudioDeviceRole.CAPTURE
                      ? "callpanel.devices.microphone"
                      : "callpanel.devices.speaker"));
      heading.setDisable(true);
      items.add(heading);
      ToggleGroup group = new ToggleGroup();
      AudioDevice active = vm.activeProperty(role).get();
      int n = 0;
      for (AudioDevice device : vm.choices(role)) {
        RadioMenuItem item = new RadioMenuItem(device.name());
        item.setId("device-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + n++);
        item.setMnemonicParsing(false);
        item.setToggleGroup(group);
        item.setSelected(active != null && Objects.equals(active.id(), device.id()));
        item.setOnAction(e -> vm.switchTo(device));
        items.add(item);
      }
    }
    menu.getItems().setAll(items);
  }
}
