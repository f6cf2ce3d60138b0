/**
 * core's {@link org.switchboard.core.secrets.SecretStore} on the operating system's keychain: the
 * Secret Service (gnome-keyring, KWallet) on Linux, the Keychain on macOS, the Credential Manager
 * on Windows. See docs/adr/0011-secrets-in-the-os-keychain.md.
 */
@NullMarked
package org.switchboard.keychain;

import org.jspecify.annotations.NullMarked;
