package org.switchboard.sip.internal.tls;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * The TLS versions and cipher suites this user agent offers: TLS 1.2 and 1.3 only, forward-secret
 * AEAD suites only. JAIN-SIP's defaults would also offer TLS 1.0/1.1 and anonymous suites, which
 * let anyone in the path impersonate the registrar.
 */
public final class ModernTls {
  /** The protocol versions offered, newest first. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private static final List<String> WANTED_SUITES =
      List.of(
          "TLS_AES_128_GCM_SHA256",
          "TLS_AES_256_GCM_SHA384",
          "TLS_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  private ModernTls() {}

  /** The wanted suites that {@code context} supports, in order of preference. */
  public static List<String> cipherSuites(SSLContext context) {
    Set<String> supported =
        Set.copyOf(Arrays.asList(context.getSupportedSSLParameters().getCipherSuites()));
    return WANTED_SUITES.stream().filter(supported::contains).toList();
  }
}
