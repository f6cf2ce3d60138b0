package org.switchboard.sip.internal.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a server certificate names the SIP domain we meant to reach, as RFC 5922 section 7.1
 * asks: a {@code sip:} URI or a dNSName in subjectAltName equal to the domain (no wildcards), or,
 * only when the certificate has no such subjectAltName, its subject common name. For a domain given
 * as an IP address an iPAddress subjectAltName naming it also counts. Pure; any thread.
 */
public final class ServerIdentity {
  private static final int SAN_DNS = 2;
  private static final int SAN_URI = 6;
  private static final int SAN_IP = 7;

  private ServerIdentity() {}

  /**
   * Checks that {@code certificate} names {@code domain}.
   *
   * @throws CertificateException saying which names the certificate carries instead
   */
  public static void check(X509Certificate certificate, String domain) throws CertificateException {
    List<String> names = identities(certificate);
    String wanted = normalise(domain);
    for (String name : names) {
      if (matches(name, wanted)) {
        return;
      }
    }
    throw new CertificateException(
        "the server's certificate is for "
            + (names.isEmpty() ? "no name" : String.join(", ", names))
            + ", not for the SIP domain "
            + domain
            + " (RFC 5922)");
  }

  /**
   * The identities RFC 5922 lets {@code certificate} claim: its subjectAltName sip: URIs, dNSNames
   * and IP addresses, or, when it has no subjectAltName of those kinds, its common names.
   */
  static List<String> identities(X509Certificate certificate) throws CertificateParsingException {
    List<String> names = new ArrayList<>();
    Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
    if (sans != null) {
      for (List<?> san : sans) {
        Object type = san.get(0);
        Object value = san.get(1);
        if (!(type instanceof Integer kind) || !(value instanceof String text)) {
          continue;
        }
        if (kind == SAN_DNS || kind == SAN_IP) {
          names.add(text);
        } else if (kind == SAN_URI && text.regionMatches(true, 0, "sip:", 0, 4)) {
          names.add(text);
        }
      }
    }
    if (names.isEmpty()) {
      names.addAll(commonNames(certificate));
    }
    return names;
  }

  private static boolean matches(String name, String wanted) {
    String candidate = name;
    if (candidate.regionMatches(true, 0, "sip:", 0, 4)) {
      candidate = candidate.substring(4);
      // A sip: URI identity names a whole domain: no user part, port or parameters.
      if (candidate.contains("@") || candidate.contains(";")) {
        return false;
      }
    }
    // RFC 5922 section 7.2: wildcards are not matched; "*.example.com" names nothing.
    return !candidate.contains("*") && normalise(candidate).equals(wanted);
  }

  /** Lower case without a trailing dot; IP literals in their canonical form. */
  private static String normalise(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (isIpLiteral(h)) {
      try {
        return InetAddress.getByName(h).getHostAddress();
      } catch (UnknownHostException e) {
        return h;
      }
    }
    return h;
  }

  /** Whether {@code host} is an IPv4 or IPv6 literal (so resolving it does no DNS lookup). */
  public static boolean isIpLiteral(String host) {
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return h.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
        || (h.contains(":") && h.matches("[0-9a-fA-F:.]+"));
  }

  private static List<String> commonNames(X509Certificate certificate) {
    List<String> names = new ArrayList<>();
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          names.add(String.valueOf(rdn.getValue()));
        }
      }
    } catch (InvalidNameException e) {
      // An unparsable subject names nobody.
    }
    return names;
  }
}
