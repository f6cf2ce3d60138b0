package org.switchboard.sip.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import javax.sip.SipException;
import org.junit.jupiter.api.Test;

class TlsFailuresTest {
  @Test
  void aProtocolVersionAlertNamesTheVersionsWeAccept() {
    SipException e =
        new SipException(
            "IO Error", new SSLHandshakeException("Received fatal alert: protocol_version"));
    assertThat(TlsFailures.explain(e))
        .hasValueSatisfying(m -> assertThat(m).contains("no TLS version we accept", "1.2 or 1.3"));
  }

  @Test
  void aHandshakeFailureAlertNamesTheSuites() {
    SipException e =
        new SipException(
            "IO Error", new SSLHandshakeException("Received fatal alert: handshake_failure"));
    assertThat(TlsFailures.explain(e))
        .hasValueSatisfying(m -> assertThat(m).contains("no cipher suite", "never anonymous"));
  }

  @Test
  void ourCertificateRefusalIsKeptWordForWord() {
    SSLHandshakeException handshake = new SSLHandshakeException("PKIX");
    handshake.initCause(new CertificateException("the server's certificate expired on X"));
    assertThat(TlsFailures.explain(new SipException("IO", handshake)))
        .hasValue("TLS refused: the server's certificate expired on X");
  }

  @Test
  void otherFailuresAreNotTls() {
    assertThat(TlsFailures.explain(new SipException("x", new IOException("refused")))).isEmpty();
  }
}
