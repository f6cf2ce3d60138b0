package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLSocketFactory;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Secret;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.testkit.Slapd;

/**
 * {@link LdapDirectory} over TLS against a real slapd with a self-signed certificate for 127.0.0.1
 * that accepts simple binds only over TLS ({@code security simple_bind=128}).
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapTlsTest {
  private final HeldCertificate certificate =
      new HeldCertificate.Builder()
          .rsa2048()
          .commonName("127.0.0.1")
          .addSubjectAlternativeName("127.0.0.1")
          .build();
  private final LdapDirectoryTest.InMemorySecrets secrets = new LdapDirectoryTest.InMemorySecrets();
  private Slapd slapd;

  @BeforeAll
  void startSlapdWithTls(@TempDir Path dir) throws IOException {
    Path cert = Files.writeString(dir.resolve("server.crt"), certificate.certificatePem());
    Path key = Files.writeString(dir.resolve("server.key"), certificate.privateKeyPkcs8Pem());
    slapd =
        LdapDirectoryTest.directoryServer(dir.resolve("slapd"))
            .tls(cert, key)
            .directive("security simple_bind=128")
            .start();
    secrets.put(LdapDirectoryTest.PASSWORD_KEY, Secret.of("bind-secret"));
  }

  @AfterAll
  void stopSlapd() {
    slapd.close();
  }

  @Test
  void startTlsUpgradesTheConnectionBeforeTheBind() throws Exception {
    LdapDirectory directory =
        new LdapDirectory(settings(slapd.url()).startTls(true).build(), secrets, trusting());

    assertThat(directory.findByPhone(new PhoneNumber("+493012341001")))
        .extracting(Customer::name)
        .containsExactly("Ada Lovelace");
  }

  @Test
  void aServerThatDemandsTlsRefusesAPlainBindAndTheMessageSaysWhatToSet() {
    LdapDirectory plain = new LdapDirectory(settings(slapd.url()).build(), secrets, trusting());

    assertThatThrownBy(() -> plain.searchByName("ada", 5))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("crm.ldap.startTls");
  }

  @Test
  void startTlsWithAnUntrustedCertificateIsRejected() {
    LdapDirectory untrusting =
        new LdapDirectory(settings(slapd.url()).startTls(true).build(), secrets);

    assertThatThrownBy(() -> untrusting.searchByName("ada", 5))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("certificate is not trusted");
  }

  @Test
  void ldapsWithAnUntrustedCertificateIsRejectedNamingTheUrl() {
    LdapDirectory ldaps = new LdapDirectory(settings(slapd.ldapsUrl()).build(), secrets);

    assertThatThrownBy(() -> ldaps.searchByName("ada", 5))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("certificate is not trusted")
        .hasMessageContaining(slapd.ldapsUrl());
  }

  private static LdapSettings.Builder settings(String url) {
    return LdapSettings.builder(URI.create(url), LdapDirectoryTest.SUFFIX, "DE")
        .bind(LdapDirectoryTest.BIND_DN, LdapDirectoryTest.PASSWORD_KEY);
  }

  private SSLSocketFactory trusting() {
    return new HandshakeCertificates.Builder()
        .addTrustedCertificate(certificate.certificate())
        .build()
        .sslSocketFactory();
  }
}
