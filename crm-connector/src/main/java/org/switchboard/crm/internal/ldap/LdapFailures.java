package org.switchboard.crm.internal.ldap;

import java.io.IOException;
import java.net.SocketTimeoutException;
import javax.naming.AuthenticationException;
import javax.naming.AuthenticationNotSupportedException;
import javax.naming.CommunicationException;
import javax.naming.InvalidNameException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.NoPermissionException;
import javax.naming.ServiceUnavailableException;
import javax.naming.TimeLimitExceededException;
import javax.naming.directory.InvalidSearchFilterException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.crm.LdapSettings;

/**
 * Turns JNDI's failures into {@link DirectoryException}s whose messages are safe to show: they name
 * the server and the setting to check, never a filter, a number or a password. Down, slow or busy
 * servers are {@link Kind#UNAVAILABLE} (try again); refused credentials, missing base DNs,
 * untrusted certificates and bad filters are {@link Kind#REJECTED} (fix the settings).
 */
public final class LdapFailures {
  private LdapFailures() {}

  /** The failure {@code e} of talking to the server in {@code settings}. */
  public static DirectoryException of(NamingException e, LdapSettings settings) {
    String server = settings.url().toString();
    if (e instanceof AuthenticationException) {
      return rejected(
          server
              + " refused the bind: check crm.ldap.bindDn and the password stored under"
              + " crm.ldap.bindPasswordKey",
          e);
    }
    if (e instanceof AuthenticationNotSupportedException) {
      return rejected(
          server
              + " does not accept this bind (crm.ldap.bindDn); servers often demand TLS first:"
              + " use an ldaps:// URL or crm.ldap.startTls",
          e);
    }
    if (e instanceof NoPermissionException) {
      return rejected(
          server + " does not let crm.ldap.bindDn search crm.ldap.baseDn (insufficient access)", e);
    }
    if (e instanceof NameNotFoundException || e instanceof InvalidNameException) {
      // Servers answer "no such object" also for entries the bound user may not see.
      return rejected(
          "crm.ldap.baseDn '"
              + settings.baseDn()
              + "' does not exist on "
              + server
              + (settings.authenticated()
                  ? " or crm.ldap.bindDn may not see it"
                  : " or anonymous users may not see it (set crm.ldap.bindDn)"),
          e);
    }
    if (e instanceof InvalidSearchFilterException) {
      // The message would quote the filter, which holds the caller's number: no cause attached.
      return rejected("crm.ldap.personFilter is not a valid LDAP filter", null);
    }
    if (e instanceof TimeLimitExceededException || readTimedOut(e)) {
      return unavailable(
          server + " did not answer within " + settings.readTimeout().toMillis() + " ms", e);
    }
    if (e instanceof ServiceUnavailableException) {
      return unavailable(server + " is busy or shutting down", e);
    }
    if (e instanceof CommunicationException) {
      Throwable cause = e.getRootCause();
      if (cause instanceof SSLException) {
        return tls((SSLException) cause, settings);
      }
      if (cause instanceof SocketTimeoutException) {
        return unavailable(
            server
                + " did not accept a connection within "
                + settings.connectTimeout().toMillis()
                + " ms (crm.ldap.url)",
            e);
      }
      return unavailable(server + " is unreachable (crm.ldap.url)", e);
    }
    return unavailable(
        "LDAP search on " + server + " failed (" + e.getClass().getSimpleName() + ")", e);
  }

  /** A TLS handshake with the server failed: its certificate is not trusted or not its name. */
  public static DirectoryException tls(IOException e, LdapSettings settings) {
    if (e instanceof SSLException) {
      return rejected(
          "TLS with "
              + settings.url()
              + " failed: the server's certificate is not trusted or does not name the host"
              + " (crm.ldap.url)",
          e);
    }
    return unavailable("StartTLS with " + settings.url() + " failed (crm.ldap.startTls)", e);
  }

  /**
   * JNDI reports its own read timeout as a plain NamingException whose message says so ("LDAP
   * response read timed out, timeout used: … ms").
   */
  private static boolean readTimedOut(NamingException e) {
    String message = e.getMessage();
    return e.getClass() == NamingException.class
        && message != null
        && message.contains("read timed out");
  }

  private static DirectoryException rejected(String message, @Nullable Throwable cause) {
    return new DirectoryException(Kind.REJECTED, message, null, cause);
  }

  private static DirectoryException unavailable(String message, Throwable cause) {
    return new DirectoryException(Kind.UNAVAILABLE, message, null, cause);
  }
}
