package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipAccountOptions;

/** The connection section's values become the SIP stack's account options as typed. */
class ConnectionSettingsTest {

  @Test
  void theDefaultsAreTheSipStacksDefaults() {
    assertThat(ConnectionSettings.defaults().toOptions(false))
        .isEqualTo(SipAccountOptions.defaults());
  }

  @Test
  void everyValueReachesTheAccountOptions() {
    ConnectionSettings c =
        new ConnectionSettings(
            " proxy.example.com:5070 ",
            DtmfMode.RFC4733,
            true,
            0,
            90,
            " /etc/ca.pem ",
            "10.0.0.53, ,10.0.0.54:5353 ");

    SipAccountOptions options = c.toOptions(true);

    assertThat(options.outboundProxy()).isEqualTo("proxy.example.com:5070");
    assertThat(options.dtmfMode()).isEqualTo(DtmfMode.RFC4733);
    assertThat(options.autoAnswerAllowed()).isTrue();
    assertThat(options.directCallsAllowed()).isTrue();
    assertThat(options.keepAliveSeconds()).isZero();
    assertThat(options.sessionExpiresSeconds()).isEqualTo(90);
    assertThat(options.tlsTrustFile()).isEqualTo("/etc/ca.pem");
    assertThat(options.dnsServers()).containsExactly("10.0.0.53", "10.0.0.54:5353");
  }

  @Test
  void aSessionTimerBelowTheRfcMinimumIsRefusedNamingTheSetting() {
    ConnectionSettings c = ConnectionSettings.defaults();
    ConnectionSettings tooShort =
        new ConnectionSettings(
            c.outboundProxy(), c.dtmf(), c.directCalls(), 30, 60, c.tlsTrustFile(), "");

    assertThatThrownBy(() -> tooShort.toOptions(false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessionExpiresSeconds");
  }

  @Test
  void dtmfModesHaveStableNamesInTheFile() {
    assertThat(List.of(DtmfMode.values()).stream().map(ConnectionSettings::dtmfTag))
        .containsExactly("auto", "rfc4733", "sipInfo");
    assertThat(ConnectionSettings.dtmfFromTag("SIPINFO")).contains(DtmfMode.SIP_INFO);
    assertThat(ConnectionSettings.dtmfFromTag("tones")).isEmpty();
  }

  @Test
  void anUnknownDtmfNameInTheFileNamesTheField() throws Exception {
    var node = new ObjectMapper().readTree("{\"connection\": {\"dtmf\": \"tones\"}}");

    assertThatThrownBy(() -> SettingsJson.read(node))
        .isInstanceOf(SettingsFieldException.class)
        .hasMessageContaining("connection.dtmf");
  }

  @Test
  void typedValuesAreCheckedWithReasons() {
    assertThat(ConnectionChecks.proxy("")).isEmpty();
    assertThat(ConnectionChecks.proxy("proxy.example.com")).isEmpty();
    assertThat(ConnectionChecks.proxy("10.0.0.1:5060")).isEmpty();
    assertThat(ConnectionChecks.proxy("sips:proxy.example.com;transport=tls")).isEmpty();
    assertThat(ConnectionChecks.proxy("[2001:db8::1]:5061")).isEmpty();
    assertThat(ConnectionChecks.proxy("http://proxy")).isPresent();
    assertThat(ConnectionChecks.proxy("proxy:99999")).isPresent();
    assertThat(ConnectionChecks.proxy("a b")).isPresent();

    assertThat(ConnectionChecks.keepAlive("0")).isEmpty();
    assertThat(ConnectionChecks.keepAlive("3600")).isEmpty();
    assertThat(ConnectionChecks.keepAlive("3601")).isPresent();
    assertThat(ConnectionChecks.keepAlive("-1")).isPresent();
    assertThat(ConnectionChecks.keepAlive("۳۰")).isPresent();

    assertThat(ConnectionChecks.sessionExpires("0")).isEmpty();
    assertThat(ConnectionChecks.sessionExpires("90")).isEmpty();
    assertThat(ConnectionChecks.sessionExpires("89")).isPresent();
    assertThat(ConnectionChecks.sessionExpires("86401")).isPresent();

    assertThat(ConnectionChecks.trustFile("")).isEmpty();
    assertThat(ConnectionChecks.trustFile("/etc/ca.pem")).isEmpty();
    assertThat(ConnectionChecks.trustFile("C:\\ca\\corp.pem")).isEmpty();
    assertThat(ConnectionChecks.trustFile("ca.pem")).isPresent();

    assertThat(ConnectionChecks.dnsServers("")).isEmpty();
    assertThat(ConnectionChecks.dnsServers("10.0.0.53, dns.example.com:5353")).isEmpty();
    assertThat(ConnectionChecks.dnsServers("10.0.0.53, bad host"))
        .hasValueSatisfying(p -> assertThat(p.args()).containsExactly("bad host"));
  }
}
