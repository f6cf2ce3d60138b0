package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.testkit.Lab;

/**
 * Accounts with a wrong transport setting fail to start with a message naming the setting, and
 * leave nothing listening behind.
 */
@Tag("lab")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MisconfiguredAccountLabTest {
  private static Lab lab;
  @TempDir Path dir;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static SipAccount tls(SipAccountOptions options) {
    return TlsAgents.tlsAccount(lab, "3061", lab.registrarHost(), lab.registrarTlsPort())
        .withOptions(options);
  }

  private void assertRefusedAndPortFree(SipAccount account, int port, String... words)
      throws Exception {
    assertThatThrownBy(() -> TlsAgents.start(lab, account, port).close())
        .isInstanceOf(SipStartException.class)
        .hasMessageContainingAll(words);
    try (ServerSocket again = new ServerSocket()) {
      again.bind(new InetSocketAddress(InetAddress.getByName(lab.localAddress()), port));
      assertThat(again.isBound()).isTrue();
    }
  }

  @Test
  void aMissingTrustFileIsNamed() throws Exception {
    String missing = dir.resolve("lab-ca.pem").toString();
    assertRefusedAndPortFree(
        tls(SipAccountOptions.defaults().withTlsTrustFile(missing)),
        16142,
        "tlsTrustFile " + missing,
        "does not exist");
  }

  @Test
  void aTrustFileThatIsNotPemIsNamed() throws Exception {
    Path key = Files.copy(lab.tlsDir().resolve("server.key"), dir.resolve("key.pem"));
    assertRefusedAndPortFree(
        tls(SipAccountOptions.defaults().withTlsTrustFile(key.toString())),
        16144,
        "tlsTrustFile " + key,
        "not a PEM file of certificates");
  }

  @Test
  void listeningOnTlsWithAUdpAccountIsRefused() {
    SipAccount udp =
        TlsAgents.account(lab, "3062", lab.registrarHost(), lab.registrarPort(), SipTransport.UDP);
    assertThatThrownBy(
            () ->
                SipUserAgent.start(
                        udp,
                        new SipListenSettings(lab.localAddress(), 16146, SipTransport.TLS),
                        FakeMediaEngine.pcmuOnly())
                    .close())
        .isInstanceOf(SipStartException.class)
        .hasMessageContainingAll("account uses UDP", "listens on TLS");
  }

  @Test
  void anUnusableOutboundProxyOrDnsServerIsNamed() throws Exception {
    SipAccount account =
        TlsAgents.account(lab, "3063", lab.registrarHost(), lab.registrarPort(), SipTransport.UDP);
    assertRefusedAndPortFree(
        account.withOptions(
            SipAccountOptions.defaults().withOutboundProxy("sip:proxy;transport=sctp")),
        16148,
        "outboundProxy 'sip:proxy;transport=sctp'",
        "transport sctp");
    assertRefusedAndPortFree(
        account.withOptions(SipAccountOptions.defaults().withDnsServers(List.of("dns:x"))),
        16148,
        "dnsServers entry 'dns:x'");
  }
}
