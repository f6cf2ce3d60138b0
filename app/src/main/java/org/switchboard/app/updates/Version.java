package org.switchboard.app.updates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version number as releases are named: numbers separated by dots, optionally a leading {@code v}
 * and a qualifier after a dash ({@code 0.10.0}, {@code v1.2}, {@code 0.2.0-SNAPSHOT}, {@code
 * 1.0.0-rc1}). Compared number by number (so {@code 0.10.0} is newer than {@code 0.9.1}, and
 * missing numbers count as 0); a version with a qualifier is older than the same numbers without
 * one (a snapshot or release candidate comes before its release).
 *
 * @param numbers the dotted numbers
 * @param qualifier what follows the dash, empty for a release
 */
public record Version(List<Integer> numbers, String qualifier) implements Comparable<Version> {
  private static final Pattern FORM =
      Pattern.compile("[vV]?([0-9]{1,9}(?:\\.[0-9]{1,9}){0,5})(?:[-+](.{1,64}))?");

  public Version {
    numbers = List.copyOf(numbers);
  }

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException when it is not a version number
   */
  public static Version parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a version number: '" + text + "'");
    }
    List<Integer> numbers = new ArrayList<>();
    for (String n : m.group(1).split("\\.")) {
      numbers.add(Integer.parseInt(n));
    }
    String qualifier = m.group(2);
    return new Version(numbers, qualifier == null ? "" : qualifier);
  }

  /** Whether this version is newer than {@code other}. */
  public boolean isNewerThan(Version other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Version other) {
    int length = Math.max(numbers.size(), other.numbers.size());
    for (int i = 0; i < length; i++) {
      int difference = Integer.compare(number(i), other.number(i));
      if (difference != 0) {
        return difference;
      }
    }
    if (qualifier.isEmpty() || other.qualifier.isEmpty()) {
      return Boolean.compare(qualifier.isEmpty(), other.qualifier.isEmpty());
    }
    return qualifier.toLowerCase(Locale.ROOT).compareTo(other.qualifier.toLowerCase(Locale.ROOT));
  }

  private int number(int i) {
    return i < numbers.size() ? numbers.get(i) : 0;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int n : numbers) {
      out.append(out.length() == 0 ? "" : ".").append(n);
    }
    return qualifier.isEmpty() ? out.toString() : out + "-" + qualifier;
  }
}
