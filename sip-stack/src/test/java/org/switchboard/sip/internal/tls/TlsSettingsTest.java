package org.switchboard.sip.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.sip.SipStartException;

class TlsSettingsTest {
  @TempDir Path dir;

  @Test
  void offersOnlyTls12And13AndNoAnonymousOrNonAeadSuites() throws Exception {
    TlsSettings tls = TlsSettings.forDomain("", "example.com");
    assertThat(tls.protocols()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(tls.cipherSuites())
        .isNotEmpty()
        .allMatch(s -> s.contains("GCM") || s.contains("CHACHA20"))
        .noneMatch(s -> s.contains("anon") || s.contains("NULL") || s.contains("_CBC_"))
        .allMatch(
            s -> s.startsWith("TLS_AES") || s.startsWith("TLS_CHACHA") || s.contains("ECDHE"));
  }

  @Test
  void aMissingTrustFileIsNamed() {
    String missing = dir.resolve("nowhere.pem").toString();
    assertThatThrownBy(() -> TlsSettings.forDomain(missing, "example.com"))
        .isInstanceOf(SipStartException.class)
        .hasMessage("tlsTrustFile " + missing + " does not exist");
  }

  @Test
  void aTrustFileThatIsNotPemIsNamed() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.pem"), "not a certificate\n");
    assertThatThrownBy(() -> TlsSettings.forDomain(text.toString(), "example.com"))
        .isInstanceOf(SipStartException.class)
        .hasMessageContaining("tlsTrustFile " + text + " is not a PEM file of certificates");
  }

  @Test
  void anEmptyTrustFileIsNamed() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.pem"), "");
    assertThatThrownBy(() -> TlsSettings.forDomain(empty.toString(), "example.com"))
        .isInstanceOf(SipStartException.class)
        .hasMessageContaining("tlsTrustFile " + empty);
  }

  @Test
  void aPemTrustFileLoads() throws Exception {
    Path pem = Path.of(Objects.requireNonNull(getClass().getResource("/tls/dns-san.pem")).toURI());
    assertThat(TlsSettings.forDomain(pem.toString(), "sip.example.com").context()).isNotNull();
  }
}
