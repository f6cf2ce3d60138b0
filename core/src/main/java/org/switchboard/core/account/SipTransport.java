package org.switchboard.core.account;

import java.util.Locale;

/** The transport SIP signalling uses. */
public enum SipTransport {
  UDP,
  TCP,
  TLS;

  /** Parses {@code udp}, {@code tcp} or {@code tls}, in any case. */
  public static SipTransport parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown transport '" + text + "' (udp, tcp or tls)", e);
    }
  }
}
