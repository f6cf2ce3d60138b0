package org.switchboard.core.customer;

import java.util.List;
import org.switchboard.core.call.PhoneNumber;

/**
 * A place customers (or colleagues) are looked up: a CRM, a directory server or a local file.
 * Methods block and are called on the CRM worker threads, never on the UI or SIP threads; callers
 * bound them with a timeout.
 */
public interface CustomerDirectory {

  /** A short, stable name used in ids and logs, e.g. {@code hubspot}. */
  String name();

  /**
   * Every record whose phone number matches {@code number} (E.164), best match first; an empty list
   * when nobody matches.
   */
  List<Customer> findByPhone(PhoneNumber number) throws DirectoryException;

  /**
   * The customer with their history and open items, for directories whose phone search answers with
   * names only (most CRMs need further requests for those). Screen pop shows the search's answer at
   * once and this one when it arrives. The default returns {@code customer} unchanged.
   */
  default Customer details(Customer customer) throws DirectoryException {
    return customer;
  }

  /**
   * Records whose name contains {@code text}, for transfer targets and manual search. Directories
   * that cannot search by name return an empty list.
   */
  default List<Customer> searchByName(String text, int limit) throws DirectoryException {
    return List.of();
  }

  /**
   * Creates a contact for an unknown caller and returns it.
   *
   * @throws DirectoryException of kind {@link DirectoryException.Kind#UNSUPPORTED} where the
   *     directory is read-only
   */
  default Customer createContact(NewContact contact) throws DirectoryException {
    throw new DirectoryException(
        DirectoryException.Kind.UNSUPPORTED, name() + " cannot create contacts");
  }
}
