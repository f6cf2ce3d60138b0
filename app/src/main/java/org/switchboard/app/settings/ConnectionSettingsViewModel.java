package org.switchboard.app.settings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.account.DtmfMode;

/**
 * The connection section: outbound proxy, DTMF, calls that bypass the server, keep-alive, session
 * timers, trusted certificate authorities and DNS servers. Each typed value is checked as it
 * changes ({@link ConnectionChecks}); a problem names its field. JavaFX thread.
 */
public final class ConnectionSettingsViewModel {
  private final StringProperty outboundProxy = new SimpleStringProperty(this, "outboundProxy", "");
  private final ObjectProperty<DtmfMode> dtmf =
      new SimpleObjectProperty<>(this, "dtmf", DtmfMode.AUTO);
  private final BooleanProperty directCalls = new SimpleBooleanProperty(this, "directCalls");
  private final StringProperty keepAlive = new SimpleStringProperty(this, "keepAlive", "30");
  private final StringProperty sessionExpires =
      new SimpleStringProperty(this, "sessionExpires", "1800");
  private final StringProperty trustFile = new SimpleStringProperty(this, "trustFile", "");
  private final StringProperty dnsServers = new SimpleStringProperty(this, "dnsServers", "");
  private final Checks checks;
  private final ObservableStringValue proxyError;
  private final ObservableStringValue keepAliveError;
  private final ObservableStringValue sessionExpiresError;
  private final ObservableStringValue trustFileError;
  private final ObservableStringValue dnsServersError;

  public ConnectionSettingsViewModel(Localizer localizer) {
    checks = new Checks(localizer);
    proxyError =
        checks.field(
            "settings.connection.proxy",
            () -> ConnectionChecks.proxy(outboundProxy.get()),
            outboundProxy);
    keepAliveError =
        checks.field(
            "settings.connection.keepAlive",
            () -> ConnectionChecks.keepAlive(keepAlive.get()),
            keepAlive);
    sessionExpiresError =
        checks.field(
            "settings.connection.sessionExpires",
            () -> ConnectionChecks.sessionExpires(sessionExpires.get()),
            sessionExpires);
    trustFileError =
        checks.field(
            "settings.connection.trustFile",
            () -> ConnectionChecks.trustFile(trustFile.get()),
            trustFile);
    dnsServersError =
        checks.field(
            "settings.connection.dns",
            () -> ConnectionChecks.dnsServers(dnsServers.get()),
            dnsServers);
  }

  public StringProperty outboundProxyProperty() {
    return outboundProxy;
  }

  public ObservableStringValue outboundProxyErrorProperty() {
    return proxyError;
  }

  public ObjectProperty<DtmfMode> dtmfProperty() {
    return dtmf;
  }

  public List<DtmfMode> dtmfModes() {
    return List.of(DtmfMode.values());
  }

  /** Whether calls that do not come through the SIP server are answered. */
  public BooleanProperty directCallsProperty() {
    return directCalls;
  }

  /** Seconds between keep-alives, as typed; 0 for none. */
  public StringProperty keepAliveProperty() {
    return keepAlive;
  }

  public ObservableStringValue keepAliveErrorProperty() {
    return keepAliveError;
  }

  /** The session timer in seconds, as typed; 0 for off. */
  public StringProperty sessionExpiresProperty() {
    return sessionExpires;
  }

  public ObservableStringValue sessionExpiresErrorProperty() {
    return sessionExpiresError;
  }

  /** The PEM file of trusted certificate authorities, as typed; empty for the system's. */
  public StringProperty trustFileProperty() {
    return trustFile;
  }

  public ObservableStringValue trustFileErrorProperty() {
    return trustFileError;
  }

  /** DNS servers, comma-separated, as typed; empty for the system's. */
  public StringProperty dnsServersProperty() {
    return dnsServers;
  }

  public ObservableStringValue dnsServersErrorProperty() {
    return dnsServersError;
  }

  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObservableBooleanValue validProperty() {
    return checks.valid();
  }

  void apply(ConnectionSettings s) {
    outboundProxy.set(s.outboundProxy());
    dtmf.set(s.dtmf());
    directCalls.set(s.directCalls());
    keepAlive.set(Integer.toString(s.keepAliveSeconds()));
    sessionExpires.set(Integer.toString(s.sessionExpiresSeconds()));
    trustFile.set(s.tlsTrustFile());
    dnsServers.set(s.dnsServers());
  }

  /** The settings; meaningful when {@link #validProperty()} holds (bad numbers become defaults). */
  ConnectionSettings current() {
    ConnectionSettings d = ConnectionSettings.defaults();
    return new ConnectionSettings(
        outboundProxy.get().strip(),
        dtmf.get(),
        directCalls.get(),
        ConnectionChecks.seconds(keepAlive.get()).orElse(d.keepAliveSeconds()),
        ConnectionChecks.seconds(sessionExpires.get()).orElse(d.sessionExpiresSeconds()),
        trustFile.get().strip(),
        String.join(", ", ConnectionSettings.splitServers(dnsServers.get())));
  }
}
