package org.switchboard.crm.internal.ldap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.crm.internal.phone.PhoneNormalizer;

/**
 * Matches a caller's number against numbers as directories store them: free-form ({@code +49 30
 * 1234 1001}, {@code 030 12341001}, {@code +49 (0)30 1234-1001}), as bare extensions ({@code 1001})
 * or with an extension suffix ({@code +49 30 1234-0 ext. 1001}).
 *
 * <p>A server cannot compare normalised numbers, so the search is in two steps: a substring filter
 * on the number's last digits in order, with anything between them ({@code *2*3*4*1*0*0*1}), finds
 * every entry that might match whatever the separators; then each stored value is normalised here
 * and compared for equality. Extensions are searched as written ({@code *1001}), since a
 * seven-digit interleaved tail would find most of a company's numbers. Immutable and thread-safe.
 */
public final class PhoneMatcher {
  /** Enough digits to keep candidate lists short, few enough to survive any grouping. */
  private static final int TAIL_DIGITS = 7;

  private static final Pattern EXTENSION_SUFFIX =
      Pattern.compile(
          "^(.*?)[\\s,;]*(?:ext\\.?|extension|x|#)\\s*([0-9]{1,7})\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRUNK_ZERO = Pattern.compile("\\(0\\)");
  private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,7}");

  private final PhoneNormalizer normalizer;
  private final @Nullable String extensionPrefix;

  /**
   * @param extensionPrefix the E.164 prefix of the company's direct-dial range, or null
   */
  public PhoneMatcher(PhoneNormalizer normalizer, @Nullable String extensionPrefix) {
    this.normalizer = normalizer;
    this.extensionPrefix = extensionPrefix;
  }

  /**
   * The normalised forms a stored number must have one of to match {@code number}: the number
   * itself and, with an extension prefix, its extension or its full number.
   */
  public Set<String> wanted(PhoneNumber number) {
    Set<String> wanted = new LinkedHashSet<>();
    String value = number.value();
    wanted.add(value);
    if (extensionPrefix != null) {
      if (EXTENSION.matcher(value).matches()) {
        wanted.add(extensionPrefix + value);
      } else if (value.startsWith(extensionPrefix)) {
        String rest = value.substring(extensionPrefix.length());
        if (EXTENSION.matcher(rest).matches()) {
          wanted.add(rest);
        }
      }
    }
    return wanted;
  }

  /**
   * For each wanted form, the substring parts a candidate's stored value must end with: single
   * digits for a full number (any separators between them), the whole extension for an extension.
   * Forms without digits give nothing.
   */
  public List<List<String>> candidateTails(Set<String> wanted) {
    List<List<String>> tails = new ArrayList<>();
    for (String form : wanted) {
      String digits = form.replaceAll("[^0-9]", "");
      if (digits.isEmpty()) {
        continue;
      }
      if (!form.startsWith("+")) {
        tails.add(List.of(digits));
        continue;
      }
      String tail = digits.substring(Math.max(0, digits.length() - TAIL_DIGITS));
      List<String> parts = new ArrayList<>(tail.length());
      tail.chars().forEach(digit -> parts.add(String.valueOf((char) digit)));
      tails.add(parts);
    }
    return tails;
  }

  /** Whether any of {@code storedValues} normalises to one of the {@code wanted} forms. */
  public boolean matches(Collection<String> storedValues, Set<String> wanted) {
    for (String stored : storedValues) {
      for (String form : forms(stored)) {
        if (wanted.contains(form)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What a stored value means: its E.164 number or extension, and with an extension suffix both the
   * extension and the main number.
   */
  Set<String> forms(String stored) {
    String cleaned = TRUNK_ZERO.matcher(stored).replaceAll("").strip();
    Set<String> forms = new LinkedHashSet<>();
    Matcher suffix = EXTENSION_SUFFIX.matcher(cleaned);
    if (suffix.matches()) {
      forms.add(suffix.group(2));
      if (!suffix.group(1).isBlank()) {
        normalizer.normalise(suffix.group(1)).ifPresent(n -> forms.add(n.value()));
      }
    } else {
      normalizer.normalise(cleaned).ifPresent(n -> forms.add(n.value()));
    }
    return forms;
  }
}
