package org.switchboard.crm.internal.salesforce;

import org.switchboard.core.call.PhoneNumber;

/**
 * SOSL searches over the people a caller can be. Search text is untrusted: every character SOSL
 * reserves is escaped with a backslash, so text can neither widen the search (a {@code *}) nor
 * leave the braces and add clauses (a {@code \}}).
 */
final class Sosl {
  /** The characters the SOSL reference lists as reserved in a FIND clause. */
  private static final String RESERVED = "?&|!{}[]()^~*:\\\"'+-";

  static final String RETURNING =
      "RETURNING Contact(Id, Name, Phone, MobilePhone, Email, Account.Name),"
          + " Lead(Id, Name, Phone, MobilePhone, Email, Company),"
          + " Account(Id, Name, Phone)";

  /** More matches than an agent can choose from mean the number is a switchboard's. */
  static final int MAX_MATCHES = 20;

  private Sosl() {}

  static String phoneSearch(PhoneNumber number) {
    return "FIND {"
        + escape(number.value())
        + "} IN PHONE FIELDS "
        + RETURNING
        + " LIMIT "
        + MAX_MATCHES;
  }

  /**
   * Searches names for {@code text} as one phrase: the quotes keep words such as {@code and} or
   * {@code not} in a name from being read as SOSL operators.
   */
  static String nameSearch(String text, int limit) {
    return "FIND {\""
        + escape(text.replaceAll("\\p{Cntrl}", " ").strip())
        + "\"} IN NAME FIELDS "
        + RETURNING
        + " LIMIT "
        + limit;
  }

  static String escape(String term) {
    StringBuilder out = new StringBuilder(term.length() + 8);
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (RESERVED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
