/**
 * Hotkeys for answer, hang up, mute, hold and ready/not-ready: the bindings ({@link
 * org.switchboard.app.hotkeys.HotkeyBinding}), where they are installed ({@link
 * org.switchboard.app.hotkeys.GlobalHotkeys}: system-wide through JNativeHook, or in the window
 * through scene accelerators) and what each does ({@link
 * org.switchboard.app.hotkeys.HotkeyDispatcher}).
 */
@NullMarked
package org.switchboard.app.hotkeys;

import org.jspecify.annotations.NullMarked;
