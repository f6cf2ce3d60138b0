package org.switchboard.crm.internal.hubspot;

/** Splits the name an agent typed into first and last name, as CRMs store them. */
final class HubSpotNames {
  private HubSpotNames() {}

  /** {@code "Dana van Dijk"} → {@code ["Dana", "van Dijk"]}; one word is the last name. */
  static String[] split(String fullName) {
    String name = fullName.strip();
    int space = name.indexOf(' ');
    if (space < 0) {
      return new String[] {"", name};
    }
    return new String[] {name.substring(0, space), name.substring(space + 1).strip()};
  }
}
