package org.switchboard.app.hotkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.app.hotkeys.HotkeyBinding.Modifier;
import org.switchboard.app.hotkeys.HotkeyBindingException.Problem;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;

class HotkeyBindingTest {
  private final Localizer english = new Localizer(Language.ENGLISH);

  private static HotkeyBindingException refused(String text) {
    return catchThrowableOfType(() -> HotkeyBinding.parse(text), HotkeyBindingException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "Ctrl+Alt+A, Ctrl+Alt+A",
    "alt + ctrl + a, Ctrl+Alt+A",
    "Control+Shift+F9, Ctrl+Shift+F9",
    "cmd+option+space, Alt+Meta+Space",
    "Super+5, Meta+5",
    "Ctrl+Alt+DIGIT5, Ctrl+Alt+5",
    "ctrl+pageup, Ctrl+PageUp",
    "F12, F12",
    "shift+f1, Shift+F1",
    "A+Ctrl, Ctrl+A",
    "Ctrl+Alt+A+, Ctrl+Alt+A"
  })
  void parsesAnySpellingAndFormatsTheCanonicalOne(String text, String canonical) {
    HotkeyBinding binding = HotkeyBinding.parse(text);
    assertThat(binding.format()).isEqualTo(canonical);
    assertThat(HotkeyBinding.parse(binding.format())).isEqualTo(binding);
  }

  @Test
  void holdsExactlyItsModifiersAndKey() {
    HotkeyBinding binding = HotkeyBinding.parse("Ctrl+Shift+F9");
    assertThat(binding.modifiers()).containsExactlyInAnyOrder(Modifier.CTRL, Modifier.SHIFT);
    assertThat(binding.key()).isEqualTo(HotkeyKey.F9);
    assertThat(binding).isEqualTo(HotkeyBinding.of(HotkeyKey.F9, Modifier.SHIFT, Modifier.CTRL));
  }

  @EnumSource(HotkeyKey.class)
  @ParameterizedTest
  void everyKeyRoundTripsAndHasAJavaFxKey(HotkeyKey key) {
    HotkeyBinding binding = HotkeyBinding.of(key, Modifier.CTRL, Modifier.ALT);
    assertThat(HotkeyBinding.parse(binding.format())).isEqualTo(binding);
    javafx.scene.input.KeyCodeCombination fx =
        (javafx.scene.input.KeyCodeCombination) SceneHotkeys.combination(binding);
    assertThat(fx.getCode().name()).isEqualTo(key.name());
    assertThat(fx.getControl()).isEqualTo(javafx.scene.input.KeyCombination.ModifierValue.DOWN);
    assertThat(fx.getShift()).isEqualTo(javafx.scene.input.KeyCombination.ModifierValue.UP);
  }

  @Test
  void namesWhatIsWrong() {
    assertThat(refused("  ").problem()).isEqualTo(Problem.EMPTY);
    assertThat(refused("Ctrl+Alt+Q1").problem()).isEqualTo(Problem.UNKNOWN_KEY);
    assertThat(refused("Ctrl+Alt+Q1").token()).isEqualTo("Q1");
    assertThat(refused("Ctrl+Alt").problem()).isEqualTo(Problem.NO_KEY);
    assertThat(refused("Ctrl+A+B").problem()).isEqualTo(Problem.TWO_KEYS);
    assertThat(refused("Ctrl+A+B").token()).isEqualTo("B");
    assertThat(refused("Ctrl+control+A").problem()).isEqualTo(Problem.REPEATED_MODIFIER);
    assertThat(refused("Ctrl+control+A").token()).isEqualTo("Ctrl");
  }

  @Test
  void aTypingKeyNeedsCtrlAltOrMetaButFunctionKeysDoNot() {
    assertThat(refused("A").problem()).isEqualTo(Problem.NEEDS_MODIFIER);
    assertThat(refused("Shift+A").problem()).isEqualTo(Problem.NEEDS_MODIFIER);
    assertThat(refused("Shift+Space").problem()).isEqualTo(Problem.NEEDS_MODIFIER);
    assertThat(HotkeyBinding.parse("F8").modifiers()).isEmpty();
    assertThat(HotkeyBinding.parse("Alt+A").key()).isEqualTo(HotkeyKey.A);
  }

  @Test
  void problemsReadInTheAgentsLanguage() {
    assertThat(refused("Ctrl+Alt+Q1").message(english)).isEqualTo("Unknown key “Q1”");
    assertThat(refused("A").message(english))
        .isEqualTo("Add Ctrl, Alt or Meta: a plain key would fire while typing");
    assertThat(refused("Ctrl+Alt+Q1").message(new Localizer(Language.PERSIAN)))
        .isEqualTo("کلید ناشناخته «Q1»");
  }

  @Test
  void theDefaultsBindEveryActionToADifferentCombination() {
    HotkeyBindings defaults = HotkeyBindings.defaults();
    assertThat(defaults.asMap()).containsOnlyKeys(HotkeyAction.values());
    assertThat(defaults.asMap().values()).doesNotHaveDuplicates();
    assertThat(defaults.get(HotkeyAction.ANSWER)).contains(HotkeyBinding.parse("Ctrl+Alt+A"));
    assertThat(defaults.actionFor(HotkeyBinding.parse("Ctrl+Alt+R")))
        .contains(HotkeyAction.TOGGLE_READY);
  }

  @Test
  void twoActionsCannotShareACombination() {
    HotkeyBindingException e =
        catchThrowableOfType(
            () ->
                HotkeyBindings.defaults()
                    .with(HotkeyAction.MUTE, HotkeyBinding.parse("Ctrl+Alt+A")),
            HotkeyBindingException.class);
    assertThat(e.problem()).isEqualTo(Problem.DUPLICATE);
    assertThat(e.message(english)).isEqualTo("Already used for “Answer”");

    HotkeyBindings moved =
        HotkeyBindings.defaults()
            .with(HotkeyAction.ANSWER, null)
            .with(HotkeyAction.MUTE, HotkeyBinding.parse("Ctrl+Alt+A"));
    assertThat(moved.get(HotkeyAction.ANSWER)).isEmpty();
    assertThat(moved.actionFor(HotkeyBinding.parse("Ctrl+Alt+A"))).contains(HotkeyAction.MUTE);
    assertThat(HotkeyBindings.of(Map.of()).asMap()).isEmpty();
  }
}
