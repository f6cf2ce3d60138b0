/** Logging helpers for Logback: one-line exception rendering for user-facing logs. */
@NullMarked
package org.switchboard.app.logging;

import org.jspecify.annotations.NullMarked;
