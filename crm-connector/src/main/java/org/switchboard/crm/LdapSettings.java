package org.switchboard.crm;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to reach an LDAP or Active Directory server and read people from it (settings {@code
 * crm.ldap.*}). The bind password is never part of the settings: {@code bindPasswordKey} names the
 * keychain entry that holds it. Without a bind DN the directory is read anonymously.
 *
 * @param url {@code ldap://host:389} or {@code ldaps://host:636} ({@code crm.ldap.url})
 * @param baseDn where searches start, e.g. {@code dc=example,dc=com} ({@code crm.ldap.baseDn})
 * @param bindDn who binds ({@code crm.ldap.bindDn}); null for anonymous
 * @param bindPasswordKey the keychain key of the bind password ({@code crm.ldap.bindPasswordKey})
 * @param startTls upgrade an {@code ldap://} connection with StartTLS before binding ({@code
 *     crm.ldap.startTls})
 * @param connectTimeout how long to wait for the TCP (and TLS) connection
 * @param readTimeout how long to wait for each answer; also the server-side search time limit
 * @param defaultRegion ISO 3166 region for numbers stored without a country code ({@code
 *     crm.defaultRegion})
 * @param extensionPrefix the E.164 prefix of the company's direct-dial range (e.g. {@code
 *     +49301234}), so that extension {@code 1001} and {@code +493012341001} find each other; null
 *     when extensions and full numbers are unrelated
 * @param personFilter which entries are people ({@code crm.ldap.personFilter})
 * @param attributes which attributes hold what
 * @param maxCandidates how many entries a phone search may return before the numbers are compared
 */
public record LdapSettings(
    URI url,
    String baseDn,
    @Nullable String bindDn,
    @Nullable String bindPasswordKey,
    boolean startTls,
    Duration connectTimeout,
    Duration readTimeout,
    String defaultRegion,
    @Nullable String extensionPrefix,
    String personFilter,
    Attributes attributes,
    int maxCandidates) {

  /** Default for {@code crm.ldap.personFilter}: people and AD contacts (both are persons). */
  public static final String DEFAULT_PERSON_FILTER = "(objectClass=person)";

  public LdapSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(baseDn, "baseDn");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    Objects.requireNonNull(personFilter, "personFilter");
    Objects.requireNonNull(attributes, "attributes");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("ldap") && !scheme.equals("ldaps") || url.getHost() == null) {
      throw new IllegalArgumentException(
          "crm.ldap.url: '" + url + "' is not an ldap://host or ldaps://host URL");
    }
    if (startTls && scheme.equals("ldaps")) {
      throw new IllegalArgumentException(
          "crm.ldap.startTls: StartTLS upgrades an ldap:// URL; ldaps:// is TLS already");
    }
    if ((bindDn == null) != (bindPasswordKey == null)) {
      throw new IllegalArgumentException(
          "crm.ldap.bindDn and crm.ldap.bindPasswordKey go together: set both, or neither for an"
              + " anonymous bind");
    }
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || readTimeout.isNegative()
        || readTimeout.isZero()) {
      throw new IllegalArgumentException(
          "crm.ldap.connectTimeout and crm.ldap.readTimeout must be positive");
    }
    if (!personFilter.startsWith("(") || !personFilter.endsWith(")")) {
      throw new IllegalArgumentException(
          "crm.ldap.personFilter: an LDAP filter in parentheses, e.g. " + DEFAULT_PERSON_FILTER);
    }
    if (extensionPrefix != null && !extensionPrefix.matches("\\+[0-9]{2,14}")) {
      throw new IllegalArgumentException(
          "crm.ldap.extensionPrefix: an E.164 prefix such as +49301234");
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("crm.ldap.maxCandidates must be at least 1");
    }
  }

  /** Settings with every default: anonymous, plain LDAP, 1.5 s timeouts, default attributes. */
  public static Builder builder(URI url, String baseDn, String defaultRegion) {
    return new Builder(url, baseDn, defaultRegion);
  }

  /** Whether the server is bound as {@link #bindDn()} rather than anonymously. */
  public boolean authenticated() {
    return bindDn != null;
  }

  /**
   * Which attributes hold what. Defaults suit both OpenLDAP's inetOrgPerson and Active Directory;
   * attributes a server does not know are simply absent.
   *
   * @param phone numbers a caller may call from ({@code telephoneNumber mobile ipPhone homePhone})
   * @param displayName the name on the card, the first present wins ({@code displayName cn})
   * @param nameSearch what a name search looks in ({@code cn displayName sn})
   * @param company the organisation ({@code company o})
   * @param mail email addresses ({@code mail})
   * @param tags shown as tags on the card ({@code department})
   */
  public record Attributes(
      List<String> phone,
      List<String> displayName,
      List<String> nameSearch,
      List<String> company,
      List<String> mail,
      List<String> tags) {
    public Attributes {
      phone = checked("phone", phone);
      displayName = checked("displayName", displayName);
      nameSearch = checked("nameSearch", nameSearch);
      company = List.copyOf(company);
      mail = List.copyOf(mail);
      tags = List.copyOf(tags);
    }

    public static Attributes defaults() {
      return new Attributes(
          List.of("telephoneNumber", "mobile", "ipPhone", "homePhone"),
          List.of("displayName", "cn"),
          List.of("cn", "displayName", "sn"),
          List.of("company", "o"),
          List.of("mail"),
          List.of("department"));
    }

    private static List<String> checked(String what, List<String> names) {
      List<String> copy = List.copyOf(names);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("crm.ldap.attributes." + what + " needs at least one");
      }
      for (String name : copy) {
        // Attribute names go into filters unescaped, so only LDAP's descriptor syntax is allowed.
        if (!name.matches("[A-Za-z][A-Za-z0-9-]*")) {
          throw new IllegalArgumentException(
              "crm.ldap.attributes." + what + ": '" + name + "' is not an attribute name");
        }
      }
      return copy;
    }
  }

  /** Builds {@link LdapSettings}; every setter is optional. */
  public static final class Builder {
    private final URI url;
    private final String baseDn;
    private final String defaultRegion;
    private @Nullable String bindDn;
    private @Nullable String bindPasswordKey;
    private boolean startTls;
    private Duration connectTimeout = Duration.ofMillis(1500);
    private Duration readTimeout = Duration.ofMillis(1500);
    private @Nullable String extensionPrefix;
    private String personFilter = DEFAULT_PERSON_FILTER;
    private Attributes attributes = Attributes.defaults();
    private int maxCandidates = 100;

    private Builder(URI url, String baseDn, String defaultRegion) {
      this.url = url;
      this.baseDn = baseDn;
      this.defaultRegion = defaultRegion;
    }

    /** Binds as {@code dn} with the password stored in the keychain under {@code passwordKey}. */
    public Builder bind(String dn, String passwordKey) {
      this.bindDn = dn;
      this.bindPasswordKey = passwordKey;
      return this;
    }

    public Builder startTls(boolean startTls) {
      this.startTls = startTls;
      return this;
    }

    public Builder timeouts(Duration connect, Duration read) {
      this.connectTimeout = connect;
      this.readTimeout = read;
      return this;
    }

    public Builder extensionPrefix(@Nullable String prefix) {
      this.extensionPrefix = prefix;
      return this;
    }

    public Builder personFilter(String filter) {
      this.personFilter = filter;
      return this;
    }

    public Builder attributes(Attributes attributes) {
      this.attributes = attributes;
      return this;
    }

    public Builder maxCandidates(int maxCandidates) {
      this.maxCandidates = maxCandidates;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public LdapSettings build() {
      return new LdapSettings(
          url,
          baseDn,
          bindDn,
          bindPasswordKey,
          startTls,
          connectTimeout,
          readTimeout,
          defaultRegion,
          extensionPrefix,
          personFilter,
          attributes,
          maxCandidates);
    }
  }
}
