package org.switchboard.core;

import java.util.Arrays;

/**
 * A password or token held in memory. Its {@link #toString()} never shows the value, so a secret
 * that reaches a log or an exception message by mistake stays secret.
 */
public final class Secret {
  private final char[] value;

  private Secret(char[] value) {
    this.value = value.clone();
  }

  /** Wraps {@code value}; the caller may clear its own array afterwards. */
  public static Secret of(char[] value) {
    return new Secret(value);
  }

  /** Wraps {@code value}. Prefer {@link #of(char[])} where the source allows. */
  public static Secret of(String value) {
    return new Secret(value.toCharArray());
  }

  /** Returns a copy of the secret's characters; the caller should clear it after use. */
  public char[] reveal() {
    return value.clone();
  }

  /** Whether the secret is the empty string. */
  public boolean isEmpty() {
    return value.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && Arrays.equals(value, s.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "••••••";
  }
}
