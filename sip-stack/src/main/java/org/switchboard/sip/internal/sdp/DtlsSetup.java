package org.switchboard.sip.internal.sdp;

import java.util.Locale;
import java.util.Optional;

/** The RFC 4145 {@code a=setup} roles, as used by DTLS-SRTP (RFC 5763 section 5). */
public enum DtlsSetup {
  /** The offerer's choice: either role. */
  ACTPASS,
  /** Starts the handshake (the DTLS client). */
  ACTIVE,
  /** Waits for the handshake (the DTLS server). */
  PASSIVE,
  /** No connection for now. */
  HOLDCONN;

  /** The attribute value, e.g. {@code actpass}. */
  public String attributeValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code value}, if it is one. */
  public static Optional<DtlsSetup> parse(String value) {
    for (DtlsSetup s : values()) {
      if (s.attributeValue().equalsIgnoreCase(value.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
