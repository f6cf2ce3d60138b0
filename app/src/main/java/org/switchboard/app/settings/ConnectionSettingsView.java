package org.switchboard.app.settings;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.account.DtmfMode;

/**
 * The connection section. Node ids: {@code connectionSection}, {@code outboundProxy}, {@code
 * dtmfMode}, {@code directCalls}, {@code keepAlive}, {@code sessionExpires}, {@code trustFile},
 * {@code dnsServers} (each text field with its {@code ...Error}), {@code connectionNote}.
 * Addresses, numbers and paths are typed left to right in every language. Fields an administrator
 * locked show read-only ({@link FieldLocks}).
 */
final class ConnectionSettingsView {
  private final FormGrid form;

  ConnectionSettingsView(ConnectionSettingsViewModel vm, Localizer text, FieldLocks locks) {
    form = new FormGrid(text);
    form.node().setId("connectionSection");
    text(
        "outboundProxy",
        "settings.connection.proxy",
        vm.outboundProxyProperty(),
        vm.outboundProxyErrorProperty(),
        locks.locked("connection.outboundProxy"));
    ComboBox<DtmfMode> dtmf =
        FormGrid.choice(
            "dtmfMode",
            text,
            vm.dtmfModes(),
            m -> text.get("settings.connection.dtmf." + ConnectionSettings.dtmfTag(m)));
    dtmf.valueProperty().bindBidirectional(vm.dtmfProperty());
    form.row("settings.connection.dtmf", dtmf);
    form.lock(dtmf, locks.locked("connection.dtmf"));
    CheckBox direct = new CheckBox();
    direct.setId("directCalls");
    direct.textProperty().bind(text.text("settings.connection.directCalls"));
    direct.selectedProperty().bindBidirectional(vm.directCallsProperty());
    form.span(direct);
    form.lock(direct, locks.locked("connection.directCalls"));
    text(
        "keepAlive",
        "settings.connection.keepAlive",
        vm.keepAliveProperty(),
        vm.keepAliveErrorProperty(),
        locks.locked("connection.keepAliveSeconds"));
    text(
        "sessionExpires",
        "settings.connection.sessionExpires",
        vm.sessionExpiresProperty(),
        vm.sessionExpiresErrorProperty(),
        locks.locked("connection.sessionExpiresSeconds"));
    text(
        "trustFile",
        "settings.connection.trustFile",
        vm.trustFileProperty(),
        vm.trustFileErrorProperty(),
        locks.locked("connection.tlsTrustFile"));
    text(
        "dnsServers",
        "settings.connection.dns",
        vm.dnsServersProperty(),
        vm.dnsServersErrorProperty(),
        locks.locked("connection.dnsServers"));
    form.note("connectionNote", text.text("settings.connection.note"));
  }

  /** A left-to-right text field with its problem line, read-only while {@code locked}. */
  private void text(
      String id,
      String labelKey,
      StringProperty value,
      ObservableStringValue problem,
      ObservableBooleanValue locked) {
    form.lock(FormGrid.leftToRight(form.text(id, labelKey, value, problem)), locked);
  }

  Parent root() {
    return form.node();
  }
}
