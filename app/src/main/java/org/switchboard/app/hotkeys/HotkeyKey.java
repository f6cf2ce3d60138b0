package org.switchboard.app.hotkeys;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The keys a hotkey may use besides its modifiers: letters, digits, F1 to F24 and a few named keys,
 * each written as its key cap reads ({@link #text()}), the same in every language. The constant's
 * name is the JavaFX {@code KeyCode} name; {@link #nativeName()} is the JNativeHook {@code VC_}
 * name.
 */
public enum HotkeyKey {
  A("A"),
  B("B"),
  C("C"),
  D("D"),
  E("E"),
  F("F"),
  G("G"),
  H("H"),
  I("I"),
  J("J"),
  K("K"),
  L("L"),
  M("M"),
  N("N"),
  O("O"),
  P("P"),
  Q("Q"),
  R("R"),
  S("S"),
  T("T"),
  U("U"),
  V("V"),
  W("W"),
  X("X"),
  Y("Y"),
  Z("Z"),
  DIGIT0("0", "0"),
  DIGIT1("1", "1"),
  DIGIT2("2", "2"),
  DIGIT3("3", "3"),
  DIGIT4("4", "4"),
  DIGIT5("5", "5"),
  DIGIT6("6", "6"),
  DIGIT7("7", "7"),
  DIGIT8("8", "8"),
  DIGIT9("9", "9"),
  F1("F1"),
  F2("F2"),
  F3("F3"),
  F4("F4"),
  F5("F5"),
  F6("F6"),
  F7("F7"),
  F8("F8"),
  F9("F9"),
  F10("F10"),
  F11("F11"),
  F12("F12"),
  F13("F13"),
  F14("F14"),
  F15("F15"),
  F16("F16"),
  F17("F17"),
  F18("F18"),
  F19("F19"),
  F20("F20"),
  F21("F21"),
  F22("F22"),
  F23("F23"),
  F24("F24"),
  SPACE("Space"),
  ENTER("Enter"),
  INSERT("Insert"),
  DELETE("Delete"),
  HOME("Home"),
  END("End"),
  PAGE_UP("PageUp"),
  PAGE_DOWN("PageDown"),
  UP("Up"),
  DOWN("Down"),
  LEFT("Left"),
  RIGHT("Right");

  private final String text;
  private final String nativeName;

  HotkeyKey(String text) {
    this(text, null);
  }

  HotkeyKey(String text, @Nullable String nativeName) {
    this.text = text;
    this.nativeName = nativeName == null ? name() : nativeName;
  }

  /** How the key is written in a binding, e.g. {@code A}, {@code 5}, {@code F9}, {@code PageUp}. */
  public String text() {
    return text;
  }

  /** The suffix of JNativeHook's {@code NativeKeyEvent.VC_*} constant for the key. */
  public String nativeName() {
    return nativeName;
  }

  /** Whether this is a function key (F1 to F24), which may be bound without a modifier. */
  public boolean isFunctionKey() {
    return compareTo(F1) >= 0 && compareTo(F24) <= 0;
  }

  /** The key written {@code text}, in any case; the constant's name is accepted too. */
  public static Optional<HotkeyKey> fromText(String text) {
    String wanted = text.strip();
    for (HotkeyKey key : values()) {
      if (key.text.equalsIgnoreCase(wanted) || key.name().equalsIgnoreCase(wanted)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }
}
