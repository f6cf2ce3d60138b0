package org.switchboard.sip.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;

class ServerAddressTest {
  private static SipAccount account(SipTransport transport, String proxy) {
    return new SipAccount(
            "1001",
            "example.com",
            "",
            "1001",
            Secret.of("pw"),
            "reg.example.com",
            5070,
            transport,
            300)
        .withOptions(SipAccountOptions.defaults().withOutboundProxy(proxy));
  }

  @Test
  void withoutAProxyTheRegistrarIsTheServer() {
    assertThat(ServerAddress.of(account(SipTransport.UDP, "")))
        .isEqualTo(new ServerAddress("reg.example.com", 5070, SipTransport.UDP, false));
  }

  @Test
  void aProxyMayBeAHostAHostAndPortOrAUri() {
    assertThat(ServerAddress.of(account(SipTransport.UDP, "proxy.example.com")).port())
        .isEqualTo(5060);
    assertThat(ServerAddress.of(account(SipTransport.TCP, "proxy.example.com:5080")))
        .isEqualTo(new ServerAddress("proxy.example.com", 5080, SipTransport.TCP, true));
    assertThat(ServerAddress.of(account(SipTransport.TLS, "sips:proxy.example.com")).port())
        .isEqualTo(5061);
    assertThat(ServerAddress.of(account(SipTransport.UDP, "sip:[2001:db8::5]:5062;lr")))
        .isEqualTo(new ServerAddress("2001:db8::5", 5062, SipTransport.UDP, true));
  }

  @Test
  void proxiesThatCannotBeUsedAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> ServerAddress.of(account(SipTransport.UDP, "sip:proxy example")))
        .hasMessageContaining("outboundProxy 'sip:proxy example' is not a host");
    assertThatThrownBy(() -> ServerAddress.of(account(SipTransport.UDP, "sips:proxy.example.com")))
        .hasMessageContaining("outboundProxy")
        .hasMessageContaining("account uses UDP");
    assertThatThrownBy(
            () -> ServerAddress.of(account(SipTransport.UDP, "sip:p.example.com;transport=tcp")))
        .hasMessageContaining("asks for transport tcp but the account uses UDP");
    assertThatThrownBy(() -> ServerAddress.of(account(SipTransport.UDP, "p.example.com:99999")))
        .hasMessageContaining("outboundProxy 'p.example.com:99999'");
  }
}
