package org.switchboard.audio.internal.packet;

/** The DTMF events of RFC 4733 §3.2: codes 0-9 for the digits, 10 '*', 11 '#', 12-15 'A'-'D'. */
final class TelephoneEvents {
  /** The payload of one event (RFC 4733 §2.3): event, E/R/volume, 16-bit duration. */
  static final int PAYLOAD_LENGTH = 4;

  private static final String DIGITS = "0123456789*#ABCD";

  private TelephoneEvents() {}

  /** The event code of a digit (case-insensitive), or -1 when it is not a DTMF digit. */
  static int code(char digit) {
    return DIGITS.indexOf(Character.toUpperCase(digit));
  }

  /** The digit of an event code 0-15. */
  static char digit(int code) {
    return DIGITS.charAt(code);
  }

  /** Whether the code is one of the 16 DTMF events. */
  static boolean isDtmf(int code) {
    return code >= 0 && code < DIGITS.length();
  }
}
