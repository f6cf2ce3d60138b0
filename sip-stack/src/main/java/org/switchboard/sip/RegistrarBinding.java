package org.switchboard.sip;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact a user registered.
 *
 * @param user the user part of the address of record, e.g. {@code 1001}
 * @param contact the contact URI, e.g. {@code sip:1001@192.0.2.7:5060;transport=udp}
 * @param registeredAt when it was last registered or refreshed
 * @param expiresAt when it expires unless refreshed
 */
public record RegistrarBinding(
    String user, String contact, Instant registeredAt, Instant expiresAt) {
  public RegistrarBinding {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
