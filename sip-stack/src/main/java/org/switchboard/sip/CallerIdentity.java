package org.switchboard.sip;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who a service's call says it is from, as PBXs present a customer's caller id to the agent they
 * ring: the From of the INVITE becomes {@code "name" <sip:user@the service's domain>}. Only the
 * user and display name change; the service's domain stays, so replies still come to it.
 *
 * @param user the caller's number or user part, e.g. {@code +4930901820}; only characters a SIP
 *     user part may hold unescaped
 * @param displayName shown by the phone, or null for none
 */
public record CallerIdentity(String user, @Nullable String displayName) {
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9\\-_.!~*'()&=+$,;?/%]{1,64}");

  /**
   * @throws IllegalArgumentException when {@code user} is not a plain SIP user part
   */
  public CallerIdentity {
    Objects.requireNonNull(user, "user");
    if (!USER.matcher(user).matches()) {
      throw new IllegalArgumentException("not a SIP user part: " + user.length() + " characters");
    }
    if (displayName != null && (displayName.isBlank() || displayName.length() > 100)) {
      displayName = null;
    }
  }

  /** The identity for {@code user}, or null when it is not a plain SIP user part. */
  public static @Nullable CallerIdentity ofUntrusted(
      @Nullable String user, @Nullable String displayName) {
    if (user == null || !USER.matcher(user).matches()) {
      return null;
    }
    return new CallerIdentity(user, displayName);
  }
}
