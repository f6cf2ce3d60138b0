/**
 * Switchboard's domain (journal): what the agent did on a call, logged to a CRM. {@link
 * org.switchboard.core.journal.CallJournal} is what the desktop writes to; {@link
 * org.switchboard.core.journal.CallLogWriter} is what a CRM adapter implements.
 */
@NullMarked
package org.switchboard.core.journal;

import org.jspecify.annotations.NullMarked;
