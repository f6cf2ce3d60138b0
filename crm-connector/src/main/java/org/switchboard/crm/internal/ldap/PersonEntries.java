package org.switchboard.crm.internal.ldap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchResult;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.crm.LdapSettings;

/**
 * Reads people from search results: which attributes to ask for, their text values, and the {@link
 * Customer} an entry becomes (id: the entry's DN; no record link, no interactions). Values are
 * untrusted text from the directory. Immutable and thread-safe.
 */
public final class PersonEntries {
  private final String source;
  private final LdapSettings.Attributes attributes;

  /**
   * @param source the directory's name, the {@link CustomerId#source()} of every person
   */
  public PersonEntries(String source, LdapSettings.Attributes attributes) {
    this.source = source;
    this.attributes = attributes;
  }

  /** Every attribute a person is read with. */
  public String[] requested() {
    return Stream.of(
            attributes.phone(),
            attributes.displayName(),
            attributes.company(),
            attributes.mail(),
            attributes.tags())
        .flatMap(List::stream)
        .distinct()
        .toArray(String[]::new);
  }

  /** The text values of the phone attributes, as stored. */
  public List<String> phoneNumbers(SearchResult entry) throws NamingException {
    return values(entry.getAttributes(), attributes.phone());
  }

  /** The customer {@code entry} describes. */
  public Customer customer(SearchResult entry) throws NamingException {
    Attributes found = entry.getAttributes();
    String dn = entry.getNameInNamespace();
    List<String> names = values(found, attributes.displayName());
    List<String> companies = values(found, attributes.company());
    return new Customer(
        new CustomerId(source, dn),
        names.isEmpty() ? dn : names.get(0),
        companies.isEmpty() ? null : companies.get(0),
        values(found, attributes.phone()),
        values(found, attributes.mail()),
        values(found, attributes.tags()),
        List.of(),
        List.of(),
        null);
  }

  /**
   * The non-blank text values of {@code names} in that order, without duplicates; binary values
   * (which JNDI hands over as byte arrays) are skipped.
   */
  private static List<String> values(Attributes found, List<String> names) throws NamingException {
    Set<String> values = new LinkedHashSet<>();
    for (String name : names) {
      Attribute attribute = found.get(name);
      if (attribute == null) {
        continue;
      }
      NamingEnumeration<?> all = attribute.getAll();
      while (all.hasMore()) {
        Object value = all.next();
        if (value instanceof String text && !text.isBlank()) {
          values.add(text.strip());
        }
      }
    }
    return new ArrayList<>(values);
  }
}
