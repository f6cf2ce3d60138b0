package org.switchboard.crm.internal.salesforce;

/** The name an agent typed, split into FirstName and the LastName Salesforce requires. */
record PersonName(String first, String last) {

  /** {@code "Dana van Dijk"} → {@code ("Dana", "van Dijk")}; one word is the last name. */
  static PersonName split(String fullName) {
    String name = fullName.strip().replaceAll("\\s+", " ");
    int space = name.indexOf(' ');
    if (space < 0) {
      return new PersonName("", name);
    }
    return new PersonName(name.substring(0, space), name.substring(space + 1));
  }
}
