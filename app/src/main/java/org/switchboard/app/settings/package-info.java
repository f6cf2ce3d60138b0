/**
 * The settings screen and the settings file: account (password in the OS keychain), audio devices,
 * CRM connection, queue service, hotkeys, language, theme and auto-answer; each section a view and
 * a view model, {@link org.switchboard.app.settings.SettingsViewModel} and {@link
 * org.switchboard.app.settings.SettingsView} over them all, {@link
 * org.switchboard.app.settings.SettingsStore} for the file, which lies over the administrator's
 * defaults ({@link org.switchboard.app.settings.ProvisionedSettings}); fields the administrator
 * locked are shown read-only ({@link org.switchboard.app.settings.FieldLocks}).
 */
@NullMarked
package org.switchboard.app.settings;

import org.jspecify.annotations.NullMarked;
