package org.switchboard.sip.internal.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import org.switchboard.sip.SipRegistrarSettings;

/**
 * What one REGISTER asks for (RFC 3261 section 10.3 steps 6-8): no Contact is a query, {@code *}
 * with {@code Expires: 0} removes every binding, otherwise each contact is added, refreshed or
 * (with expires 0) removed. A contact's expires parameter wins over the Expires header, which wins
 * over the registrar's default; lifetimes above the maximum are shortened to it. Pure.
 *
 * @param removeAll whether the request was {@code Contact: *}
 * @param changes the contacts to add/refresh (expires above 0) or remove (0)
 */
record ContactChanges(boolean removeAll, List<Change> changes) {
  /** Contacts accepted in one REGISTER. */
  static final int MAX_CONTACTS = 10;

  /** One contact and the lifetime granted it, seconds (0 to remove it). */
  record Change(String contact, int expires) {}

  /** A REGISTER the registrar refuses, with the status and, for 423, the Min-Expires. */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Refusal(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }
  }

  ContactChanges {
    changes = List.copyOf(changes);
  }

  /**
   * @throws Refusal 400 for a malformed {@code *} or too many contacts, 423 for a lifetime below
   *     the minimum
   */
  static ContactChanges of(Request register, SipRegistrarSettings settings) throws Refusal {
    ExpiresHeader expiresHeader = (ExpiresHeader) register.getHeader(ExpiresHeader.NAME);
    int requestExpires = expiresHeader == null ? -1 : expiresHeader.getExpires();
    List<ContactHeader> contacts = new ArrayList<>();
    ListIterator<?> it = register.getHeaders(ContactHeader.NAME);
    while (it != null && it.hasNext()) {
      if (it.next() instanceof ContactHeader c) {
        contacts.add(c);
      }
    }
    if (contacts.stream().anyMatch(ContactHeader::isWildCard)) {
      if (contacts.size() != 1 || requestExpires != 0) {
        throw new Refusal(400, "Contact: * needs Expires: 0 and no other contact");
      }
      return new ContactChanges(true, List.of());
    }
    if (contacts.size() > MAX_CONTACTS) {
      throw new Refusal(400, "more than " + MAX_CONTACTS + " contacts");
    }
    List<Change> changes = new ArrayList<>();
    for (ContactHeader contact : contacts) {
      URI uri = contact.getAddress().getURI();
      if (!(uri instanceof SipURI)) {
        throw new Refusal(400, "a contact that is not a sip: URI");
      }
      int asked = contact.getExpires() >= 0 ? contact.getExpires() : requestExpires;
      int granted = asked < 0 ? settings.defaultExpires() : Math.min(asked, settings.maxExpires());
      if (granted > 0 && granted < settings.minExpires()) {
        throw new Refusal(423, "Interval Too Brief");
      }
      changes.add(new Change(uri.toString(), granted));
    }
    return new ContactChanges(false, changes);
  }

  /** Whether the request only asks for the current bindings (no Contact). */
  boolean isQuery() {
    return !removeAll && changes.isEmpty();
  }

  /**
   * Whether two contact URIs name the same binding. A simplification of RFC 3261 section 19.1.4
   * that is enough for one client refreshing its own contact: scheme and host ignore case, the rest
   * must match.
   */
  static boolean sameContact(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String uri) {
    int at = uri.indexOf('@');
    if (at < 0) {
      return uri.toLowerCase(Locale.ROOT);
    }
    int end = uri.indexOf(';', at);
    String hostPart = end < 0 ? uri.substring(at) : uri.substring(at, end);
    String rest = end < 0 ? "" : uri.substring(end);
    return uri.substring(0, at) + hostPart.toLowerCase(Locale.ROOT) + rest;
  }
}
