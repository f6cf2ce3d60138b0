package org.switchboard.sip.internal.tls;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class ServerIdentityTest {
  private static X509Certificate certificate(String name) throws Exception {
    try (InputStream in = ServerIdentityTest.class.getResourceAsStream("/tls/" + name + ".pem")) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  @Test
  void aDnsNameMatchesWhateverTheCaseAndATrailingDot() throws Exception {
    assertThatCode(() -> ServerIdentity.check(certificate("dns-san"), "sip.example.com."))
        .doesNotThrowAnyException();
  }

  @Test
  void theCommonNameIsIgnoredWhenSubjectAltNameNamesSomethingElse() throws Exception {
    assertThatThrownBy(() -> ServerIdentity.check(certificate("dns-san"), "cn.example"))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("is for Sip.Example.COM, not for the SIP domain cn.example");
  }

  @Test
  void aWildcardNamesNothing() throws Exception {
    assertThatThrownBy(() -> ServerIdentity.check(certificate("wildcard-san"), "sip.example.com"))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("*.example.com");
  }

  @Test
  void aSipUriOfTheDomainMatchesButOneWithAUserDoesNot() throws Exception {
    X509Certificate cert = certificate("uri-san");
    assertThatCode(() -> ServerIdentity.check(cert, "example.com")).doesNotThrowAnyException();
    assertThatThrownBy(() -> ServerIdentity.check(cert, "other.example"))
        .isInstanceOf(CertificateException.class);
  }

  @Test
  void theCommonNameCountsOnlyWithoutSubjectAltNames() throws Exception {
    assertThatCode(() -> ServerIdentity.check(certificate("cn-only"), "SIP.example.com"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ServerIdentity.check(certificate("cn-only"), "example.com"))
        .isInstanceOf(CertificateException.class);
  }

  @Test
  void anIpAddressDomainMatchesAnIpAddressSubjectAltName() throws Exception {
    assertThatCode(() -> ServerIdentity.check(certificate("ip-san"), "192.0.2.7"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ServerIdentity.check(certificate("ip-san"), "192.0.2.8"))
        .isInstanceOf(CertificateException.class);
  }
}
