package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.testkit.Lab;

/**
 * The registrar's TLS identity: Kamailio's good certificate is accepted; servers with a wrong,
 * expired or untrusted certificate, only anonymous suites or only TLS 1.0/1.1 are refused with a
 * message naming the cause, and no SIP is sent to them (the handshake never completes).
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsIdentityLabTest {
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void kamailiosCertificateForTheSipDomainIsAccepted() throws Exception {
    lab.kamailio().clearBindings("3043");
    SipAccount account =
        TlsAgents.tlsAccount(lab, "3043", lab.registrarHost(), lab.registrarTlsPort());
    try (SipUserAgent agent = TlsAgents.start(lab, account, 16106)) {
      agent.register().get(10, TimeUnit.SECONDS);
      assertThat(lab.kamailio().contactsOf("3043")).anyMatch(c -> c.contains("transport=tls"));
    }
  }

  @Test
  void aCertificateForAnotherHostIsRefused() {
    try (TlsServer server = TlsServer.start(lab, 16150, "wrong-host")) {
      assertRefused("3044", server, 16108, "other.example", "not for the SIP domain");
    }
  }

  @Test
  void anExpiredCertificateIsRefused() {
    try (TlsServer server = TlsServer.start(lab, 16151, "expired")) {
      assertRefused("3045", server, 16110, "certificate expired on 2020-01-02");
    }
  }

  @Test
  void aCertificateFromAnUntrustedAuthorityIsRefused() {
    try (TlsServer server = TlsServer.start(lab, 16152, "untrusted")) {
      assertRefused("3046", server, 16112, "not issued by an authority trusted by tlsTrustFile");
    }
  }

  @Test
  void theRightNameOnlyInTheCommonNameIsRefusedWhenSubjectAltNameNamesAnother() {
    try (TlsServer server = TlsServer.start(lab, 16153, "cn-only-mismatch")) {
      assertRefused("3047", server, 16114, "is for other.example", "not for the SIP domain");
    }
  }

  @Test
  void aServerOfferingOnlyAnonymousSuitesIsRefused() {
    try (TlsServer server =
        TlsServer.start(lab, 16154, "", "-tls1_2", "-cipher", "aNULL:@SECLEVEL=0")) {
      assertRefused("3048", server, 16116, "no cipher suite", "never anonymous");
    }
  }

  @Test
  void aTls10OnlyServerIsRefused() {
    try (TlsServer server =
        TlsServer.start(lab, 16155, "server", "-tls1", "-cipher", "DEFAULT:@SECLEVEL=0")) {
      assertRefused("3049", server, 16118, "no TLS version we accept", "TLS 1.2 or 1.3");
    }
  }

  @Test
  void aTls11OnlyServerIsRefused() {
    try (TlsServer server =
        TlsServer.start(lab, 16156, "server", "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0")) {
      assertRefused("3050", server, 16120, "no TLS version we accept", "TLS 1.2 or 1.3");
    }
  }

  @Test
  void withoutATrustFileTheSystemStoreDoesNotTrustTheLabAuthority() {
    try (TlsServer server = TlsServer.start(lab, 16157, "server")) {
      SipAccount account =
          TlsAgents.tlsAccount(lab, "3051", lab.localAddress(), server.port)
              .withOptions(SipAccountOptions.defaults());
      assertRefused(account, server, 16122, "trusted by the system trust store");
    }
  }

  private static void assertRefused(
      String user, TlsServer server, int localPort, String... causeWords) {
    assertRefused(
        TlsAgents.tlsAccount(lab, user, lab.localAddress(), server.port),
        server,
        localPort,
        causeWords);
  }

  private static void assertRefused(
      SipAccount account, TlsServer server, int localPort, String... causeWords) {
    try (SipUserAgent agent = TlsAgents.start(lab, account, localPort)) {
      assertThatThrownBy(() -> agent.register().get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(
              RegistrationException.class,
              e -> {
                assertThat(e.failure()).isEqualTo(RegistrationFailure.UNREACHABLE);
                assertThat(e.getMessage()).contains(causeWords);
              });
    } catch (SipStartException e) {
      throw new AssertionError(e);
    }
    assertThat(server.sawClientHello()).as("a TLS handshake began\n%s", server.log()).isTrue();
    assertThat(server.handshakeCompleted())
        .as("the handshake never completed, so no SIP was sent\n%s", server.log())
        .isFalse();
    assertThat(server.log()).doesNotContain("REGISTER", "wrong version number", "http request");
  }
}
