/**
 * The system tray icon showing the agent's presence, with a menu to show the window, change
 * presence and quit, and the minimise-to-tray behaviour of the main window.
 *
 * <p>The tray uses {@link java.awt.SystemTray}. It exists only where AWT is not headless and the
 * desktop offers a tray (most X11 desktops, Windows, macOS; not GNOME without an extension, not
 * pure Wayland, never under Monocle or CI, where the tests run with {@code
 * java.awt.headless=true}). Where it is missing, {@link
 * org.switchboard.app.tray.SystemTrayIcon#install()} returns {@code false} and does nothing; the
 * window then closes and minimises normally.
 */
@NullMarked
package org.switchboard.app.tray;

import org.jspecify.annotations.NullMarked;
