package org.switchboard.crm.internal.ldap;

import java.io.IOException;
import java.util.Arrays;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.crm.LdapSettings;

/**
 * Runs one operation on a fresh, bound LDAP connection and closes it. A connection per lookup costs
 * a TCP (and TLS) handshake and a bind, a few milliseconds on a LAN, and spares us JNDI's
 * process-wide pool, whose settings are system properties and whose idle connections go stale
 * unnoticed when a server restarts.
 *
 * <p>The bind password is read from the keychain for each connection and its characters are cleared
 * once the connection is closed. Thread-safe: nothing is shared between calls.
 */
public final class LdapContexts {
  private static final String CONTEXT_FACTORY = "com.sun.jndi.ldap.LdapCtxFactory";

  /** What to do on an open connection. */
  @FunctionalInterface
  public interface Operation<T> {
    T run(LdapContext context) throws NamingException;
  }

  private final LdapSettings settings;
  private final SecretStore secrets;
  private final SSLSocketFactory startTlsSockets;

  /**
   * @param startTlsSockets makes the TLS layer for StartTLS (ldaps:// uses the JVM's default)
   */
  public LdapContexts(
      LdapSettings settings, SecretStore secrets, SSLSocketFactory startTlsSockets) {
    this.settings = settings;
    this.secrets = secrets;
    this.startTlsSockets = startTlsSockets;
  }

  /**
   * Connects, binds, runs {@code operation} and disconnects.
   *
   * @throws DirectoryException whatever failed, mapped by {@link LdapFailures}
   */
  public <T> T run(Operation<T> operation) throws DirectoryException {
    char @Nullable [] password = settings.authenticated() ? password() : null;
    LdapContext context = null;
    try {
      context = settings.startTls() ? openWithStartTls(password) : open(password);
      return operation.run(context);
    } catch (NamingException e) {
      throw LdapFailures.of(e, settings);
    } catch (IOException e) {
      throw LdapFailures.tls(e, settings);
    } finally {
      close(context);
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  private LdapContext open(char @Nullable [] password) throws NamingException {
    Hashtable<String, Object> environment = environment();
    bind(environment, password);
    return new InitialLdapContext(environment, null);
  }

  /**
   * Opens unbound, upgrades to TLS, then sets the credentials: JNDI binds with them on the next
   * operation, over the encrypted connection, so the password never crosses the wire in clear.
   */
  private LdapContext openWithStartTls(char @Nullable [] password)
      throws NamingException, IOException {
    LdapContext context = new InitialLdapContext(environment(), null);
    try {
      StartTlsResponse tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
      tls.negotiate(startTlsSockets);
      if (password != null) {
        context.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
        context.addToEnvironment(Context.SECURITY_PRINCIPAL, bindDn());
        context.addToEnvironment(Context.SECURITY_CREDENTIALS, password);
      }
      return context;
    } catch (NamingException | IOException | RuntimeException e) {
      close(context);
      throw e;
    }
  }

  private Hashtable<String, Object> environment() {
    Hashtable<String, Object> environment = new Hashtable<>();
    environment.put(Context.INITIAL_CONTEXT_FACTORY, CONTEXT_FACTORY);
    environment.put(Context.PROVIDER_URL, settings.url().toString());
    environment.put("java.naming.ldap.version", "3");
    environment.put(
        "com.sun.jndi.ldap.connect.timeout", Long.toString(settings.connectTimeout().toMillis()));
    environment.put(
        "com.sun.jndi.ldap.read.timeout", Long.toString(settings.readTimeout().toMillis()));
    environment.put("com.sun.jndi.ldap.connect.pool", "false");
    // Active Directory answers searches at a domain root with referrals to other partitions;
    // following them would leave the configured server (and its timeouts).
    environment.put(Context.REFERRAL, "ignore");
    environment.put(Context.SECURITY_AUTHENTICATION, "none");
    return environment;
  }

  private void bind(Hashtable<String, Object> environment, char @Nullable [] password) {
    if (password != null) {
      environment.put(Context.SECURITY_AUTHENTICATION, "simple");
      environment.put(Context.SECURITY_PRINCIPAL, bindDn());
      environment.put(Context.SECURITY_CREDENTIALS, password);
    }
  }

  private String bindDn() {
    String dn = settings.bindDn();
    if (dn == null) {
      throw new IllegalStateException("no crm.ldap.bindDn");
    }
    return dn;
  }

  private char[] password() throws DirectoryException {
    String key = settings.bindPasswordKey();
    if (key == null) {
      throw new IllegalStateException("no crm.ldap.bindPasswordKey");
    }
    Secret secret;
    try {
      secret =
          secrets
              .get(key)
              .orElseThrow(
                  () ->
                      new DirectoryException(
                          Kind.REJECTED,
                          "no LDAP bind password in the keychain under '"
                              + key
                              + "' (crm.ldap.bindPasswordKey)"));
    } catch (SecretStoreException e) {
      throw new DirectoryException(
          Kind.UNAVAILABLE, "cannot read the LDAP bind password: " + e.getMessage(), null, e);
    }
    if (secret.isEmpty()) {
      // An empty password makes a simple bind anonymous (RFC 4513 5.1.2): refuse it.
      throw new DirectoryException(
          Kind.REJECTED,
          "the LDAP bind password under '" + key + "' is empty (crm.ldap.bindPasswordKey)");
    }
    return secret.reveal();
  }

  private static void close(@Nullable LdapContext context) {
    if (context != null) {
      try {
        context.close();
      } catch (NamingException ignored) {
        // Closing only releases the socket; nothing is lost if it fails.
      }
    }
  }
}
