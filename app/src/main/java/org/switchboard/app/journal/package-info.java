/**
 * The CRM outbox status: call logs waiting for delivery or failed, with retry and discard, and the
 * one-line summary for the status bar.
 */
@NullMarked
package org.switchboard.app.journal;

import org.jspecify.annotations.NullMarked;
