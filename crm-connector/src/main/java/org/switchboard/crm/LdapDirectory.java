package org.switchboard.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapContext;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.internal.ldap.LdapContexts;
import org.switchboard.crm.internal.ldap.LdapFilter;
import org.switchboard.crm.internal.ldap.PersonEntries;
import org.switchboard.crm.internal.ldap.PhoneMatcher;
import org.switchboard.crm.internal.phone.PhoneNormalizer;

/**
 * Colleagues in an LDAP server or Active Directory: who an internal caller is, from their number,
 * and who to transfer to, by name. Numbers are compared after normalisation, however the directory
 * stores them (see {@link PhoneMatcher}); every text in a filter is escaped (RFC 4515). Read-only:
 * {@link #createContact} fails with {@link DirectoryException.Kind#UNSUPPORTED}, and people have no
 * record link.
 *
 * <p>Methods block for at most the connect timeout plus a few read timeouts; they run on CRM worker
 * threads. Thread-safe: each call opens, binds and closes its own connection.
 */
public final class LdapDirectory implements CustomerDirectory {
  /** The directory's {@link #name()} and the source of its customer ids. */
  public static final String NAME = "ldap";

  private static final Logger LOG = LoggerFactory.getLogger(LdapDirectory.class);

  private final LdapSettings settings;
  private final LdapContexts contexts;
  private final PhoneMatcher phones;
  private final PersonEntries people;

  /** A directory that trusts the JVM's certificate authorities for LDAPS and StartTLS. */
  public LdapDirectory(LdapSettings settings, SecretStore secrets) {
    this(settings, secrets, (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  /**
   * A directory whose StartTLS connections use {@code startTlsSockets} (e.g. trusting a company
   * CA).
   *
   * @throws IllegalArgumentException naming {@code crm.defaultRegion} when it is not a region
   */
  public LdapDirectory(
      LdapSettings settings, SecretStore secrets, SSLSocketFactory startTlsSockets) {
    this.settings = settings;
    this.contexts = new LdapContexts(settings, secrets, startTlsSockets);
    this.phones =
        new PhoneMatcher(new PhoneNormalizer(settings.defaultRegion()), settings.extensionPrefix());
    this.people = new PersonEntries(NAME, settings.attributes());
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Everyone with a phone attribute whose value means {@code number} (an E.164 number or an
   * extension), in directory order.
   */
  @Override
  public List<Customer> findByPhone(PhoneNumber number) throws DirectoryException {
    Set<String> wanted = phones.wanted(number);
    List<String> clauses = new ArrayList<>();
    for (List<String> tail : phones.candidateTails(wanted)) {
      for (String attribute : settings.attributes().phone()) {
        clauses.add(LdapFilter.endsWith(attribute, tail));
      }
    }
    if (clauses.isEmpty()) {
      return List.of();
    }
    String filter = LdapFilter.and(settings.personFilter(), LdapFilter.or(clauses));
    List<Customer> found =
        contexts.run(
            context ->
                search(
                    context,
                    filter,
                    settings.maxCandidates(),
                    entry -> phones.matches(people.phoneNumbers(entry), wanted),
                    true));
    LOG.debug("LDAP lookup of {} found {} match(es)", number, found.size());
    return found;
  }

  /**
   * People whose name attributes contain the words of {@code text} in order (case as the server's
   * matching rules say, case-insensitive for names), at most {@code limit}. Blank text finds nobody
   * rather than everybody.
   */
  @Override
  public List<Customer> searchByName(String text, int limit) throws DirectoryException {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || limit < 1) {
      return List.of();
    }
    List<String> words = List.of(trimmed.split("\\s+"));
    List<String> clauses = new ArrayList<>();
    for (String attribute : settings.attributes().nameSearch()) {
      clauses.add(LdapFilter.contains(attribute, words));
    }
    String filter = LdapFilter.and(settings.personFilter(), LdapFilter.or(clauses));
    return contexts.run(context -> search(context, filter, limit, entry -> true, false));
  }

  @Override
  public Customer createContact(NewContact contact) throws DirectoryException {
    throw new DirectoryException(
        DirectoryException.Kind.UNSUPPORTED,
        "the LDAP directory is read-only: create the contact in the CRM instead");
  }

  private interface EntryFilter {
    boolean accepts(SearchResult entry) throws NamingException;
  }

  /**
   * Runs a subtree search from the base DN and keeps the entries {@code keep} accepts. Reaching
   * {@code limit} ends the search with what came so far (worth a warning when the entries are
   * {@code candidates} still to be compared), as does a referral (Active Directory sends them for
   * other partitions).
   *
   * <p>BanJNDI guards against JNDI deserialising Java objects a server sends: this search asks for
   * named text attributes only and its returning-object flag is off, so nothing is ever turned into
   * an object.
   */
  @SuppressWarnings("BanJNDI")
  private List<Customer> search(
      LdapContext context, String filter, int limit, EntryFilter keep, boolean candidates)
      throws NamingException {
    SearchControls controls =
        new SearchControls(
            SearchControls.SUBTREE_SCOPE,
            limit,
            (int) Math.min(Integer.MAX_VALUE, settings.readTimeout().toMillis()),
            people.requested(),
            false,
            false);
    List<Customer> found = new ArrayList<>();
    NamingEnumeration<SearchResult> results = context.search(settings.baseDn(), filter, controls);
    try {
      while (results.hasMore()) {
        SearchResult entry = results.next();
        if (keep.accepts(entry)) {
          found.add(people.customer(entry));
        }
      }
    } catch (SizeLimitExceededException full) {
      if (candidates) {
        // Matches beyond the limit are lost: say which setting to change.
        LOG.warn(
            "LDAP phone search reached crm.ldap.maxCandidates ({}); raise it or narrow"
                + " crm.ldap.personFilter",
            limit);
      }
    } catch (PartialResultException referral) {
      LOG.debug("LDAP search ended at a referral, which is not followed");
    } finally {
      results.close();
    }
    return found;
  }
}
