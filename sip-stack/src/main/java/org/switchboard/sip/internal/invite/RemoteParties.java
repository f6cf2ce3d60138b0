package org.switchboard.sip.internal.invite;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/**
 * Builds {@link RemoteParty} values from SIP addresses, which are untrusted text: display names and
 * URIs lose control and direction characters and are bounded ({@link UntrustedText}) before any
 * listener or log sees them. Pure.
 */
public final class RemoteParties {
  private static final int MAX_URI = 256;
  private static final int MAX_DISPLAY_NAME = 128;

  private RemoteParties() {}

  /** The party named by {@code address} (a From or To header's address). */
  public static RemoteParty of(Address address) {
    URI uri = address.getURI();
    String user = null;
    if (uri instanceof SipURI sip) {
      user = sip.getUser();
    } else if (uri instanceof TelURL tel) {
      user = (tel.isGlobal() ? "+" : "") + tel.getPhoneNumber();
    }
    return new RemoteParty(
        UntrustedText.clean(uri.toString(), MAX_URI),
        displayName(address.getDisplayName()),
        number(user));
  }

  /** The party for a URI string we dialled ourselves. */
  public static RemoteParty ofDialled(String uri, @Nullable String user) {
    return new RemoteParty(uri, null, number(user));
  }

  private static @Nullable String displayName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String cleaned = UntrustedText.clean(name, MAX_DISPLAY_NAME);
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static @Nullable PhoneNumber number(@Nullable String user) {
    if (user == null) {
      return null;
    }
    String visual = user.replaceAll("[\\s().\\-]", "");
    return PhoneNumber.isDialable(visual) ? new PhoneNumber(visual) : null;
  }
}
