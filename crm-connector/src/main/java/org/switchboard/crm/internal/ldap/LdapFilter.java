package org.switchboard.crm.internal.ldap;

import java.util.List;

/**
 * Builds LDAP search filters (RFC 4515) in which every value is escaped, so text from a caller or
 * an agent can never change a filter's structure: {@code *)(uid=*} searches for those characters
 * and matches nobody. Attribute names are not escaped: the settings allow only descriptor names.
 */
public final class LdapFilter {
  private LdapFilter() {}

  /**
   * Escapes {@code value} for use inside a filter: {@code *}, {@code (}, {@code )}, {@code \} and
   * NUL become {@code \2a}, {@code \28}, {@code \29}, {@code \5c} and {@code \00}.
   */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '*' -> out.append("\\2a");
        case '(' -> out.append("\\28");
        case ')' -> out.append("\\29");
        case '\\' -> out.append("\\5c");
        case '\0' -> out.append("\\00");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code (attribute=*p1*p2*…)}: the parts occur in this order anywhere in a value. */
  public static String contains(String attribute, List<String> parts) {
    return "(" + attribute + "=*" + joined(parts) + "*)";
  }

  /** {@code (attribute=*p1*p2…)}: the parts occur in this order, the last one ending the value. */
  public static String endsWith(String attribute, List<String> parts) {
    return "(" + attribute + "=*" + joined(parts) + ")";
  }

  /** {@code (|f1 f2 …)}, or the one filter alone. */
  public static String or(List<String> filters) {
    return filters.size() == 1 ? filters.get(0) : "(|" + String.join("", filters) + ")";
  }

  /** {@code (&f1 f2 …)}. */
  public static String and(String... filters) {
    return "(&" + String.join("", filters) + ")";
  }

  private static String joined(List<String> parts) {
    if (parts.isEmpty() || parts.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("a substring filter needs non-empty parts");
    }
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (out.length() > 0) {
        out.append('*');
      }
      out.append(escape(part));
    }
    return out.toString();
  }
}
