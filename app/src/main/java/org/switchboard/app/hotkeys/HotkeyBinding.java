package org.switchboard.app.hotkeys;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.hotkeys.HotkeyBindingException.Problem;

/**
 * A key combination such as {@code Ctrl+Alt+A}: modifiers and one key. Written with {@code +}
 * between the parts, modifiers first, in any case; {@link #format()} writes the canonical form
 * ({@code Ctrl+Alt+Shift+Meta+Key}), which {@link #parse(String)} reads back. A key other than
 * F1–F24 needs Ctrl, Alt or Meta, or it would fire while the agent types.
 *
 * @param modifiers the modifiers that must be held, and no others
 * @param key the key pressed
 */
public record HotkeyBinding(Set<Modifier> modifiers, HotkeyKey key) {
  /** A modifier key; either the left or the right one. */
  public enum Modifier {
    CTRL("Ctrl", "control"),
    ALT("Alt", "option"),
    SHIFT("Shift", "shift"),
    /** The Windows, Command or Super key. */
    META("Meta", "cmd", "command", "super", "win");

    private final String text;
    private final Set<String> aliases;

    Modifier(String text, String... aliases) {
      this.text = text;
      this.aliases = Set.of(aliases);
    }

    /** How it is written: {@code Ctrl}, {@code Alt}, {@code Shift}, {@code Meta}. */
    public String text() {
      return text;
    }

    static Optional<Modifier> fromText(String token) {
      String t = token.strip().toLowerCase(Locale.ROOT);
      for (Modifier m : values()) {
        if (m.text.toLowerCase(Locale.ROOT).equals(t) || m.aliases.contains(t)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * @throws HotkeyBindingException {@code NEEDS_MODIFIER} for a key other than F1–F24 without Ctrl,
   *     Alt or Meta
   */
  public HotkeyBinding {
    Objects.requireNonNull(key, "key");
    EnumSet<Modifier> copy = EnumSet.noneOf(Modifier.class);
    copy.addAll(modifiers);
    modifiers = Collections.unmodifiableSet(copy);
    if (!key.isFunctionKey()
        && !copy.contains(Modifier.CTRL)
        && !copy.contains(Modifier.ALT)
        && !copy.contains(Modifier.META)) {
      throw new HotkeyBindingException(Problem.NEEDS_MODIFIER, key.text());
    }
  }

  /** A binding of {@code key} with {@code modifiers}. */
  public static HotkeyBinding of(HotkeyKey key, Modifier... modifiers) {
    EnumSet<Modifier> set = EnumSet.noneOf(Modifier.class);
    Collections.addAll(set, modifiers);
    return new HotkeyBinding(set, key);
  }

  /**
   * Reads a combination such as {@code Ctrl+Alt+A} or {@code ctrl + shift + f9}; the parts may come
   * in any order.
   *
   * @throws HotkeyBindingException naming the problem and the offending part
   */
  public static HotkeyBinding parse(String text) {
    if (text.isBlank()) {
      throw new HotkeyBindingException(Problem.EMPTY, "");
    }
    EnumSet<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
    @Nullable HotkeyKey key = null;
    // '+' only separates (never a key); empty parts, as in "Ctrl+Alt+", are skipped.
    for (String part : text.split("\\+", -1)) {
      String token = part.strip();
      if (token.isEmpty()) {
        continue;
      }
      Optional<Modifier> modifier = Modifier.fromText(token);
      if (modifier.isPresent()) {
        if (!modifiers.add(modifier.get())) {
          throw new HotkeyBindingException(Problem.REPEATED_MODIFIER, modifier.get().text());
        }
        continue;
      }
      HotkeyKey found =
          HotkeyKey.fromText(token)
              .orElseThrow(() -> new HotkeyBindingException(Problem.UNKNOWN_KEY, token));
      if (key != null) {
        throw new HotkeyBindingException(Problem.TWO_KEYS, token);
      }
      key = found;
    }
    if (key == null) {
      throw new HotkeyBindingException(Problem.NO_KEY, "");
    }
    return new HotkeyBinding(modifiers, key);
  }

  /** The canonical text, e.g. {@code Ctrl+Alt+A}; {@link #parse(String)} reads it back. */
  public String format() {
    StringJoiner out = new StringJoiner("+");
    for (Modifier m : modifiers) {
      out.add(m.text());
    }
    return out.add(key.text()).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
