package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HotkeyTest {
  @Test
  void parsesModifiersInAnyOrderAndCaseAndFormatsThemInOne() {
    Hotkey hotkey = Hotkey.parse(" shift + CTRL+page up ");
    assertThat(hotkey).isEqualTo(new Hotkey(true, false, true, false, "PAGE_UP"));
    assertThat(hotkey.format()).isEqualTo("Ctrl+Shift+PAGE_UP");
    assertThat(Hotkey.parse(hotkey.format())).isEqualTo(hotkey);
    assertThat(Hotkey.parse("Cmd+1").meta()).isTrue();
  }

  @Test
  void shiftAloneIsNotAModifierThatKeepsTypingFree() {
    assertThat(Hotkey.parse("Shift+A").hasModifier()).isFalse();
    assertThat(Hotkey.parse("Alt+A").hasModifier()).isTrue();
  }

  @Test
  void refusesWhatIsNotAKeyCombination() {
    assertThatThrownBy(() -> Hotkey.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hotkey.parse("Ctrl+")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hotkey.parse("Hyper+A")).hasMessage("not a modifier: 'Hyper'");
  }
}
