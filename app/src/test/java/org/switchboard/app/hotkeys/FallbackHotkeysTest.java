package org.switchboard.app.hotkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FallbackHotkeysTest {
  /** Records what it was asked; registers only when {@code works}. */
  private static final class Recording implements GlobalHotkeys {
    final boolean works;
    final boolean wide;
    int registered;
    int closed;

    Recording(boolean works, boolean wide) {
      this.works = works;
      this.wide = wide;
    }

    @Override
    public boolean register(HotkeyBindings bindings, Consumer<HotkeyAction> onAction) {
      registered++;
      return works;
    }

    @Override
    public boolean systemWide() {
      return wide;
    }

    @Override
    public void close() {
      closed++;
    }
  }

  @Test
  void systemWideHotkeysAreUsedWhenTheyWork() {
    Recording global = new Recording(true, true);
    Recording window = new Recording(true, false);
    FallbackHotkeys hotkeys = new FallbackHotkeys(global, window);

    assertThat(hotkeys.register(HotkeyBindings.defaults(), a -> {})).isTrue();

    assertThat(hotkeys.systemWide()).isTrue();
    assertThat(window.registered).isZero();
  }

  @Test
  void theWindowTakesOverWhenSystemWideHotkeysAreRefused() {
    Recording global = new Recording(false, true);
    Recording window = new Recording(true, false);
    FallbackHotkeys hotkeys = new FallbackHotkeys(global, window);

    assertThat(hotkeys.register(HotkeyBindings.defaults(), a -> {})).isTrue();

    assertThat(window.registered).isEqualTo(1);
    assertThat(hotkeys.systemWide()).isFalse();
    hotkeys.close();
    assertThat(window.closed).isPositive();
    assertThat(global.closed).isPositive();
  }
}
