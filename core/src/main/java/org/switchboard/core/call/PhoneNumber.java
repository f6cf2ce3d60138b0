package org.switchboard.core.call;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dialable telephone number: an optional leading {@code +} followed by digits, {@code *} or
 * {@code #}. Normalisation to E.164 happens in the adapters that know the region; this type only
 * guarantees the characters.
 *
 * <p>{@link #toString()} masks the middle of the number ({@code +4930•••••56}) so that logs never
 * carry a customer's full number; use {@link #value()} where the full number is needed.
 */
public record PhoneNumber(String value) {
  private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9*#]{1,32}");
  private static final char MASK = '•';

  public PhoneNumber {
    Objects.requireNonNull(value, "value");
    if (!DIALABLE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a dialable number (digits, *, # and a leading +)");
    }
  }

  /** Whether {@code text} would make a valid {@link PhoneNumber}. */
  public static boolean isDialable(String text) {
    return DIALABLE.matcher(text).matches();
  }

  /**
   * The number with its middle masked: at most the first five and the last two characters stay
   * visible, never more than half of them, and numbers of four characters or fewer are masked
   * whole.
   */
  public String masked() {
    int length = value.length();
    boolean tooShortToShowAnything = length <= 4;
    int keepStart = tooShortToShowAnything ? 0 : Math.min(5, (length - 2) / 2);
    int keepEnd = tooShortToShowAnything ? 0 : 2;
    StringBuilder out = new StringBuilder(length);
    out.append(value, 0, keepStart);
    for (int i = keepStart; i < length - keepEnd; i++) {
      out.append(MASK);
    }
    out.append(value, length - keepEnd, length);
    return out.toString();
  }

  @Override
  public String toString() {
    return masked();
  }
}
