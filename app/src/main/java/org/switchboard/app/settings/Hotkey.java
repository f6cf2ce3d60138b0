package org.switchboard.app.settings;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key combination such as {@code Ctrl+Shift+A}: modifiers and one key. Keys are named in upper
 * case with underscores ({@code A}, {@code 7}, {@code F9}, {@code PAGE_UP}); the adapter that
 * registers global hotkeys maps the names to its own codes.
 */
public record Hotkey(boolean ctrl, boolean alt, boolean shift, boolean meta, String key) {
  private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9_]*");

  public Hotkey {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a key name: '" + key + "'");
    }
  }

  /**
   * Parses {@code Ctrl+Alt+Shift+Meta+KEY} (modifiers in any order and case, {@code Cmd} for Meta,
   * spaces in the key name become underscores).
   *
   * @throws IllegalArgumentException when {@code text} is not a key combination
   */
  public static Hotkey parse(String text) {
    String[] parts = text.strip().split("\\s*\\+\\s*", -1);
    boolean ctrl = false;
    boolean alt = false;
    boolean shift = false;
    boolean meta = false;
    for (int i = 0; i < parts.length - 1; i++) {
      switch (parts[i].toLowerCase(Locale.ROOT)) {
        case "ctrl", "control" -> ctrl = true;
        case "alt", "option" -> alt = true;
        case "shift" -> shift = true;
        case "meta", "cmd", "command", "super" -> meta = true;
        default -> throw new IllegalArgumentException("not a modifier: '" + parts[i] + "'");
      }
    }
    String key = parts[parts.length - 1].strip().replace(' ', '_').toUpperCase(Locale.ROOT);
    return new Hotkey(ctrl, alt, shift, meta, key);
  }

  /** Whether it has a modifier that keeps it from being ordinary typing (Ctrl, Alt or Meta). */
  public boolean hasModifier() {
    return ctrl || alt || meta;
  }

  /** The combination as {@link #parse} reads it, e.g. {@code Ctrl+Shift+A}. */
  public String format() {
    StringBuilder text = new StringBuilder();
    if (ctrl) {
      text.append("Ctrl+");
    }
    if (alt) {
      text.append("Alt+");
    }
    if (shift) {
      text.append("Shift+");
    }
    if (meta) {
      text.append("Meta+");
    }
    return text.append(key).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
