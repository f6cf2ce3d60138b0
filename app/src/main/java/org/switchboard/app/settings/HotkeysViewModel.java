package org.switchboard.app.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Checks.Problem;

/**
 * The global hotkeys section: a key combination per action, each with Ctrl, Alt or Meta (a hotkey
 * without one would swallow ordinary typing in every application) and none used twice. An empty
 * combination means no hotkey. JavaFX thread.
 */
public final class HotkeysViewModel {
  private final Localizer localizer;
  private final Map<HotkeyAction, StringProperty> keys = new EnumMap<>(HotkeyAction.class);
  private final Map<HotkeyAction, ObservableStringValue> errors = new EnumMap<>(HotkeyAction.class);
  private final Checks checks;

  public HotkeysViewModel(Localizer localizer) {
    this.localizer = localizer;
    this.checks = new Checks(localizer);
    for (HotkeyAction action : HotkeyAction.values()) {
      keys.put(action, new SimpleStringProperty(this, action.tag(), ""));
    }
    Observable[] all = keys.values().toArray(new Observable[0]);
    for (HotkeyAction action : HotkeyAction.values()) {
      errors.put(action, checks.field(labelKey(action), () -> check(action), all));
    }
    apply(HotkeySettings.defaults());
  }

  /** The message key of {@code action}'s label. */
  public static String labelKey(HotkeyAction action) {
    return "settings.hotkeys." + action.tag();
  }

  public List<HotkeyAction> actions() {
    return List.of(HotkeyAction.values());
  }

  /** The combination of {@code action} as text ({@code Ctrl+Shift+A}); empty for none. */
  public StringProperty keysProperty(HotkeyAction action) {
    return Objects.requireNonNull(keys.get(action), "keys");
  }

  /** The problem with {@code action}'s combination, naming the action; empty when fine. */
  public ObservableStringValue errorProperty(HotkeyAction action) {
    return Objects.requireNonNull(errors.get(action), "errors");
  }

  /** Sets {@code action}'s combination (as the capture field reads it from the keyboard). */
  public void set(HotkeyAction action, Hotkey hotkey) {
    keysProperty(action).set(hotkey.format());
  }

  /** Removes {@code action}'s hotkey. */
  public void clear(HotkeyAction action) {
    keysProperty(action).set("");
  }

  public ObservableValue<List<String>> problemsProperty() {
    return checks.problems();
  }

  public ObservableBooleanValue validProperty() {
    return checks.valid();
  }

  void apply(HotkeySettings s) {
    for (HotkeyAction action : HotkeyAction.values()) {
      keysProperty(action).set(s.get(action).map(Hotkey::format).orElse(""));
    }
  }

  /** The hotkeys; call only when {@link #validProperty()} holds (unusable ones are left out). */
  HotkeySettings current() {
    Map<HotkeyAction, Hotkey> chosen = new EnumMap<>(HotkeyAction.class);
    for (HotkeyAction action : HotkeyAction.values()) {
      parsed(action).ifPresent(hotkey -> chosen.put(action, hotkey));
    }
    return new HotkeySettings(chosen);
  }

  private Optional<Problem> check(HotkeyAction action) {
    String text = keysProperty(action).get();
    if (text.isBlank()) {
      return Optional.empty();
    }
    Optional<Hotkey> hotkey = parsed(action);
    if (hotkey.isEmpty()) {
      return Optional.of(new Problem("settings.hotkeys.invalid", text));
    }
    return check(action, hotkey.get(), this::parsed, localizer::get);
  }

  /**
   * The problem with {@code hotkey} for {@code action}: no Ctrl, Alt or Meta, or another action's
   * combination.
   *
   * @param others each action's combination
   * @param text a label's text from its message key (names the other action)
   */
  static Optional<Problem> check(
      HotkeyAction action,
      Hotkey hotkey,
      Function<HotkeyAction, Optional<Hotkey>> others,
      Function<String, String> text) {
    if (!hotkey.hasModifier()) {
      return Optional.of(new Problem("settings.hotkeys.noModifier"));
    }
    for (HotkeyAction other : HotkeyAction.values()) {
      if (other != action && others.apply(other).equals(Optional.of(hotkey))) {
        return Optional.of(
            new Problem(
                "settings.hotkeys.duplicate", hotkey.format(), text.apply(labelKey(other))));
      }
    }
    return Optional.empty();
  }

  private Optional<Hotkey> parsed(HotkeyAction action) {
    String text = keysProperty(action).get();
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Hotkey.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
