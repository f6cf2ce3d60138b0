package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.AutoAnswerSettings;
import org.switchboard.app.settings.ConnectionSettings;
import org.switchboard.core.account.DtmfMode;

/** The desktop's connection and auto-answer settings become the SIP account's options. */
class DesktopAccountOptionsTest {
  private static final ConnectionSettings SIP_INFO_VIA_PROXY =
      new ConnectionSettings("proxy.example.com", DtmfMode.SIP_INFO, false, 20, 1800, "", "");

  @Test
  void theServerMayAskForAutoAnswerOnlyWhenTheAgentAllowsAutoAnswer() throws Exception {
    assertThat(
            DesktopServices.options(SIP_INFO_VIA_PROXY, AutoAnswerSettings.defaults())
                .autoAnswerAllowed())
        .isFalse();
    assertThat(
            DesktopServices.options(
                    SIP_INFO_VIA_PROXY, new AutoAnswerSettings(AutoAnswerMode.ON_REQUEST, 2))
                .autoAnswerAllowed())
        .isTrue();
  }

  @Test
  void theConnectionSectionIsCarriedOver() throws Exception {
    var options = DesktopServices.options(SIP_INFO_VIA_PROXY, AutoAnswerSettings.defaults());

    assertThat(options.outboundProxy()).isEqualTo("proxy.example.com");
    assertThat(options.dtmfMode()).isEqualTo(DtmfMode.SIP_INFO);
    assertThat(options.keepAliveSeconds()).isEqualTo(20);
  }

  @Test
  void anOutOfRangeValueFromAHandEditedFileNamesTheSection() {
    ConnectionSettings broken = new ConnectionSettings("", DtmfMode.AUTO, false, -5, 1800, "", "");

    assertThatThrownBy(() -> DesktopServices.options(broken, AutoAnswerSettings.defaults()))
        .isInstanceOf(AgentFailure.class)
        .hasMessageStartingWith("Connection: ")
        .hasMessageContaining("keepAliveSeconds");
  }
}
