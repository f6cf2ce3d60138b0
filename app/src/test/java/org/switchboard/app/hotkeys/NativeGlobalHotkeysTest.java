package org.switchboard.app.hotkeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kwhat.jnativehook.NativeInputEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The system-wide hotkeys without their native hook: the key matching, and the soft failure where
 * no display exists. (The hook itself loads only with an X11 display; it was tried by hand under
 * Xvfb.)
 */
class NativeGlobalHotkeysTest {
  private static final int CTRL_ALT = NativeInputEvent.CTRL_L_MASK | NativeInputEvent.ALT_L_MASK;

  private static NativeGlobalHotkeys on(String os, Map<String, String> env, String glass) {
    return new NativeGlobalHotkeys(
        Runnable::run,
        env,
        name -> name.equals("os.name") ? os : name.equals("glass.platform") ? glass : null);
  }

  @Test
  void withoutADisplayItRefusesSoftlyAndNeverLoadsTheHook() {
    List<HotkeyAction> fired = new CopyOnWriteArrayList<>();
    NativeGlobalHotkeys hotkeys = on("Linux", Map.of(), "gtk");

    boolean live = hotkeys.register(HotkeyBindings.defaults(), fired::add);

    assertThat(live).isFalse();
    assertThat(hotkeys.systemWide()).isFalse();
    hotkeys.close();
    hotkeys.close();
  }

  @Test
  void saysWhyItCannotWorkFromTheEnvironmentAlone() {
    assertThat(on("Linux", Map.of(), "gtk").unavailableReason()).isEqualTo("no X11 display");
    assertThat(on("Linux", Map.of("DISPLAY", ":0"), "Monocle").unavailableReason())
        .isEqualTo("headless JavaFX (Monocle)");
    assertThat(
            on("Linux", Map.of("DISPLAY", ":0", "WAYLAND_DISPLAY", "wayland-0"), "gtk")
                .unavailableReason())
        .startsWith("Wayland session");
    assertThat(
            on("Linux", Map.of("DISPLAY", ":0", "XDG_SESSION_TYPE", "Wayland"), "gtk")
                .unavailableReason())
        .startsWith("Wayland session");
    assertThat(on("Linux", Map.of("DISPLAY", ":0"), "gtk").unavailableReason()).isNull();
    assertThat(on("Windows 11", Map.of(), "win").unavailableReason()).isNull();
    assertThat(on("Mac OS X", Map.of(), "mac").unavailableReason()).isNull();
  }

  @Test
  void aBoundKeyWithExactlyItsModifiersFiresOncePerPress() {
    NativeKeyMatcher matcher = new NativeKeyMatcher(HotkeyBindings.defaults());

    assertThat(matcher.pressed(NativeKeyEvent.VC_A, CTRL_ALT)).contains(HotkeyAction.ANSWER);
    assertThat(matcher.pressed(NativeKeyEvent.VC_A, CTRL_ALT)).as("auto-repeat").isEmpty();
    matcher.released(NativeKeyEvent.VC_A);
    assertThat(
            matcher.pressed(
                NativeKeyEvent.VC_A, NativeInputEvent.CTRL_R_MASK | NativeInputEvent.ALT_R_MASK))
        .as("right-hand modifiers")
        .contains(HotkeyAction.ANSWER);
  }

  @Test
  void otherModifiersOrKeysDoNotFire() {
    NativeKeyMatcher matcher = new NativeKeyMatcher(HotkeyBindings.defaults());

    assertThat(matcher.pressed(NativeKeyEvent.VC_A, NativeInputEvent.CTRL_L_MASK)).isEmpty();
    matcher.released(NativeKeyEvent.VC_A);
    assertThat(matcher.pressed(NativeKeyEvent.VC_A, CTRL_ALT | NativeInputEvent.SHIFT_L_MASK))
        .isEmpty();
    matcher.released(NativeKeyEvent.VC_A);
    assertThat(matcher.pressed(NativeKeyEvent.VC_B, CTRL_ALT)).isEmpty();
    assertThat(matcher.pressed(NativeKeyEvent.VC_M, CTRL_ALT | NativeInputEvent.NUM_LOCK_MASK))
        .as("lock keys do not count")
        .contains(HotkeyAction.MUTE);
  }

  @Test
  void everyKeyHasANativeCode() {
    for (HotkeyKey key : HotkeyKey.values()) {
      assertThat(NativeKeyMatcher.nativeCode(key)).as(key.name()).isPositive();
    }
    assertThat(NativeKeyMatcher.nativeCode(HotkeyKey.DIGIT0)).isEqualTo(NativeKeyEvent.VC_0);
    assertThat(NativeKeyMatcher.nativeCode(HotkeyKey.PAGE_DOWN))
        .isEqualTo(NativeKeyEvent.VC_PAGE_DOWN);
  }
}
