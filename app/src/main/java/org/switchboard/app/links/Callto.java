package org.switchboard.app.links;

/**
 * The address of a {@code callto:} link: what follows the scheme, without the {@code //} that
 * Skype-era pages write ({@code callto://+15551234567}) and the one {@code /} browsers then add at
 * the end. The address itself is checked as a {@code tel:} number or a {@code sip:} address.
 */
final class Callto {
  private Callto() {}

  /** {@code rest} (the text after {@code callto:}) without its slashes. */
  static String address(String rest) {
    if (!rest.startsWith("//")) {
      return rest;
    }
    String address = rest.substring(2);
    return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
  }
}
