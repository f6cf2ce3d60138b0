package org.switchboard.core.call;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The other end of a call as its signalling names it. Both fields are untrusted text from the
 * network: views escape them and logs use {@link #toString()}, which masks the number.
 *
 * @param uri the remote address, e.g. {@code sip:+4930123456@example.com}
 * @param displayName the display name the peer sent, if any
 * @param number the telephone number found in the URI's user part, if it is one
 */
public record RemoteParty(String uri, @Nullable String displayName, @Nullable PhoneNumber number) {
  public RemoteParty {
    Objects.requireNonNull(uri, "uri");
  }

  /** The number, when the user part of the URI is a dialable number. */
  public Optional<PhoneNumber> phoneNumber() {
    return Optional.ofNullable(number);
  }

  /** The display name, when the peer sent one. */
  public Optional<String> name() {
    return Optional.ofNullable(displayName).filter(n -> !n.isBlank());
  }

  @Override
  public String toString() {
    String who = number != null ? number.masked() : "<uri>";
    return displayName == null ? who : "\"…\" " + who;
  }
}
