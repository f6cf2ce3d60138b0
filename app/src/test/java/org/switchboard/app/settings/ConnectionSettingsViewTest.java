package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.account.DtmfMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The connection section as an agent or IT person uses it. */
@ExtendWith(ApplicationExtension.class)
class ConnectionSettingsViewTest {
  @TempDir Path dir;
  private final Localizer localizer = new Localizer(Language.ENGLISH);

  @SuppressWarnings("NullAway.Init")
  private SettingsViewModel vm;

  @SuppressWarnings("NullAway.Init")
  private SettingsStore store;

  @Start
  void start(Stage stage) throws Exception {
    store = new SettingsStore(dir);
    Files.writeString(
        store.file(),
        "{\"connection\": {\"outboundProxy\": \"proxy.example.com\", \"dtmf\": \"sipInfo\"}}");
    store.provision(
        new ProvisionedSettings(
            DesktopSettings.defaults(),
            path -> path.equals("connection.tlsTrustFile"),
            java.util.List.of()));
    vm =
        new SettingsViewModel(
            store,
            new FakeSecretStore(),
            new FakeAudio().ports(),
            new FakeCrmSignIn(),
            localizer,
            Runnable::run,
            Runnable::run);
    stage.setScene(new Scene(new SettingsView(vm, localizer, uri -> {}).root()));
    vm.load();
    stage.setWidth(1200);
    stage.setHeight(760);
    stage.setX(0);
    stage.setY(0);
    stage.show();
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<DtmfMode> dtmf(FxRobot robot) {
    return robot.lookup("#dtmfMode").queryAs(ComboBox.class);
  }

  @Test
  void showsTheSavedValuesAndTheDefaults(FxRobot robot) {
    robot.clickOn("#navConnection");

    assertThat(robot.lookup("#outboundProxy").queryTextInputControl().getText())
        .isEqualTo("proxy.example.com");
    assertThat(dtmf(robot).getValue()).isEqualTo(DtmfMode.SIP_INFO);
    assertThat(robot.lookup("#keepAlive").queryTextInputControl().getText()).isEqualTo("30");
    assertThat(robot.lookup("#sessionExpires").queryTextInputControl().getText()).isEqualTo("1800");
    assertThat(robot.lookup("#directCalls").queryAs(CheckBox.class).isSelected()).isFalse();
  }

  @Test
  void aBadValueNamesItsFieldAndKeepsSaveDisabledUntilFixed(FxRobot robot) {
    robot.clickOn("#navConnection");
    robot.doubleClickOn("#sessionExpires").eraseText(4).write("60");

    assertThat(robot.lookup("#sessionExpiresError").queryLabeled().getText())
        .isEqualTo("Session timer (seconds): Enter 0 (off) or whole seconds from 90 to 86,400");
    assertThat(vm.problemsTextProperty().get()).contains("Connection — Session timer");
    assertThat(vm.problemsProperty(SettingsViewModel.Section.CONNECTION).getValue()).hasSize(1);

    robot.doubleClickOn("#sessionExpires").eraseText(2).write("120");

    assertThat(vm.problemsProperty(SettingsViewModel.Section.CONNECTION).getValue()).isEmpty();
    assertThat(vm.problemsTextProperty().get()).doesNotContain("Connection");
  }

  @Test
  void savedChoicesReachTheFile(FxRobot robot) throws Exception {
    robot.clickOn("#navConnection");
    robot.clickOn("#directCalls");
    robot.interact(() -> dtmf(robot).setValue(DtmfMode.RFC4733));
    robot.doubleClickOn("#dnsServers").write("10.0.0.53, 10.0.0.54:5353");

    robot.interact(() -> SettingsViewModelTest.fillValid(vm));
    robot.interact(() -> vm.account().passwordProperty().set("pw"));
    robot.interact(() -> vm.save());

    ConnectionSettings saved = store.load().desktop().connection();
    assertThat(saved.directCalls()).isTrue();
    assertThat(saved.dtmf()).isEqualTo(DtmfMode.RFC4733);
    assertThat(saved.dnsServerList()).containsExactly("10.0.0.53", "10.0.0.54:5353");
  }

  @Test
  void aLockedTrustFileIsReadOnly(FxRobot robot) {
    robot.clickOn("#navConnection");

    assertThat(robot.lookup("#trustFile").queryAs(Control.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#outboundProxy").queryAs(Control.class).isDisabled()).isFalse();
  }

  @Test
  void inPersianTheSectionMirrorsButAddressesStayLeftToRight(FxRobot robot) {
    robot.interact(() -> vm.account().languageProperty().set(Language.PERSIAN));
    robot.clickOn("#navConnection");

    assertThat(robot.lookup("#connectionSection").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#outboundProxy").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#directCalls").queryAs(CheckBox.class).getText())
        .isEqualTo("پذیرفتن تماس‌هایی که از سرور SIP نمی‌آیند");
  }
}
