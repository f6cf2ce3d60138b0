/**
 * Start at login: {@link org.switchboard.app.startup.StartAtLogin} puts the desktop's launcher into
 * the operating system's list of programs started when the user signs in (an XDG autostart entry on
 * Linux, the {@code Run} key on Windows, a launch agent on macOS) or takes it out, and {@link
 * org.switchboard.app.startup.StartAtLoginUpdater} keeps that entry in line with the setting, at
 * every start and after every save.
 */
@NullMarked
package org.switchboard.app.startup;

import org.jspecify.annotations.NullMarked;
