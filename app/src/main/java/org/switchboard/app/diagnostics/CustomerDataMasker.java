package org.switchboard.app.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Replaces customer data in text with pseudonyms that stay the same throughout one bundle, so that
 * IT can still follow one caller through the logs without learning who it was: phone numbers become
 * {@code [phone-1 ending 67]}, the user part of a {@code sip:} URI {@code [user-2]} (or the phone's
 * pseudonym when it is a number), e-mail addresses {@code [email-3]}, and names {@code [name-4]}:
 * the names it was given (read from the data directory), quoted or leading display names in SIP
 * headers, and the values of JSON name fields. Not thread-safe: one per bundle.
 */
final class CustomerDataMasker {
  private static final Pattern DISPLAY_NAME =
      Pattern.compile("(?i)\"([^\"\\r\\n]{1,100})\"(\\s*<(?:sips?|tel):)");
  private static final Pattern HEADER_NAME =
      Pattern.compile(
          "(?im)^((?:from|to|f|t|contact|m|p-asserted-identity|remote-party-id|referred-by)"
              + "\\s*:\\s*)([^<\"\\r\\n]*[^<\"\\s])(\\s*<)");
  private static final Pattern JSON_NAME =
      Pattern.compile(
          "(?i)(\"(?:name|displayName|fullName|firstName|lastName|company|customerName"
              + "|contactName)\"\\s*:\\s*\")([^\"\\r\\n]+)(\")");
  private static final Pattern SIP_USER =
      Pattern.compile("(?i)\\b(sips?:)([^@\\s;>\"<:]+)(?=[@:])");
  private static final Pattern TEL = Pattern.compile("(?i)\\b(tel:)(\\+?[0-9][0-9().-]*[0-9])");
  private static final Pattern EMAIL =
      Pattern.compile("(?i)(?<![\\w.+-])[\\w.+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
  // At least 7 digits, spaces, brackets or dashes between them; not inside a word, a dotted or
  // dashed run (versions, IP addresses), a time, or an ISO date (every log line starts with one).
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w.:+-])(?![0-9]{4}-[0-9]{2}-[0-9]{2})\\+?[0-9](?:[ ()-]{0,2}[0-9]){6,}"
              + "(?!\\w|[.:][0-9])");
  private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9*#]{3,}");

  private final Map<String, String> pseudonyms = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final @Nullable Pattern knownNames;

  /**
   * @param names customers' names to hide wherever they appear (case-insensitive); names shorter
   *     than four characters are ignored, they would hide ordinary words
   */
  CustomerDataMasker(Collection<String> names) {
    List<String> usable = new ArrayList<>();
    for (String name : names) {
      String trimmed = name.strip();
      if (trimmed.length() >= 4 && trimmed.codePoints().anyMatch(Character::isLetter)) {
        usable.add(trimmed);
      }
    }
    // Longest first, so "Anna Schmidt" is replaced whole before "Anna" could be.
    usable.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String name : usable) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    this.knownNames =
        usable.isEmpty()
            ? null
            : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** {@code text} with the customer data it recognises replaced by pseudonyms. */
  String mask(String text) {
    String out = text;
    if (knownNames != null) {
      out = replace(knownNames, out, m -> name(m.group()));
    }
    out = replace(DISPLAY_NAME, out, m -> "\"" + name(m.group(1)) + "\"" + m.group(2));
    out = replace(HEADER_NAME, out, m -> m.group(1) + name(m.group(2)) + m.group(3));
    out = replace(JSON_NAME, out, m -> m.group(1) + name(m.group(2)) + m.group(3));
    out = replace(SIP_USER, out, m -> m.group(1) + user(m.group(2)));
    out = replace(TEL, out, m -> m.group(1) + phone(m.group(2)));
    out = replace(EMAIL, out, m -> pseudonym("email", m.group().toLowerCase(Locale.ROOT), ""));
    return replace(PHONE, out, m -> phone(m.group()));
  }

  private String name(String name) {
    if (name.startsWith("[name-")) {
      return name; // already replaced as a known name
    }
    return pseudonym("name", name.strip().toLowerCase(Locale.ROOT), "");
  }

  private String user(String user) {
    if (user.startsWith("[")) {
      return user;
    }
    return PHONE_LIKE.matcher(user).matches() && digits(user).length() >= 7
        ? phone(user)
        : pseudonym("user", user.toLowerCase(Locale.ROOT), "");
  }

  private String phone(String number) {
    String digits = digits(number);
    return pseudonym("phone", digits, " ending " + digits.substring(digits.length() - 2));
  }

  /** The same pseudonym for the same value of one kind: {@code [kind-n suffix]}. */
  private String pseudonym(String kind, String value, String suffix) {
    return pseudonyms.computeIfAbsent(
        kind + ":" + value,
        k -> "[" + kind + "-" + counts.merge(kind, 1, Integer::sum) + suffix + "]");
  }

  private static String digits(String number) {
    return number.replaceAll("[^0-9]", "");
  }

  private static String replace(
      Pattern pattern, String text, Function<MatchResult, String> replacement) {
    Matcher m = pattern.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(replacement.apply(r)));
  }
}
