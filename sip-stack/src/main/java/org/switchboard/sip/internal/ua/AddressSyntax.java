package org.switchboard.sip.internal.ua;

import gov.nist.javax.sip.address.AddressImpl;
import java.util.ListIterator;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

/**
 * The address rule JAIN-SIP's liberal parser lets through: RFC 3261 section 20 says a URI with a
 * comma, question mark or semicolon must be enclosed in {@code <>} in From, To and Contact. An
 * unbracketed URI that carries headers (RFC 4475 3.1.2.13) is ambiguous, so the request is refused
 * with 400 rather than guessed at. Pure; any thread.
 */
final class AddressSyntax {
  private AddressSyntax() {}

  /** A short reason when {@code request} breaks the rule, or null when it does not. */
  static @org.jspecify.annotations.Nullable String violation(Request request) {
    if (unbracketedWithHeaders(request.getHeader(FromHeader.NAME))
        || unbracketedWithHeaders(request.getHeader(ToHeader.NAME))) {
      return "From/To URI with headers must be in <>";
    }
    ListIterator<?> contacts = request.getHeaders(ContactHeader.NAME);
    while (contacts != null && contacts.hasNext()) {
      if (unbracketedWithHeaders(contacts.next())) {
        return "Contact URI with headers must be in <>";
      }
    }
    return null;
  }

  private static boolean unbracketedWithHeaders(@org.jspecify.annotations.Nullable Object header) {
    if (!(header instanceof HeaderAddress named)) {
      return false;
    }
    Address address = named.getAddress();
    return address instanceof AddressImpl impl
        && impl.getAddressType() == AddressImpl.ADDRESS_SPEC
        && address.getURI() instanceof SipURI uri
        && uri.getHeaderNames() != null
        && uri.getHeaderNames().hasNext();
  }
}
