/**
 * Central configuration (docs/provisioning.md): the machine-wide provisioning file and the HTTPS
 * provisioning URL it may name give the desktop's defaults and lock fields; {@link
 * org.switchboard.app.provisioning.Provisioning} reads both, checks them, keeps the last good copy
 * of each and falls back to it. Pure logic: no JavaFX; blocking file and network I/O, run off the
 * JavaFX thread.
 */
@NullMarked
package org.switchboard.app.provisioning;

import org.jspecify.annotations.NullMarked;
