/**
 * Notes and wrap-up for the current call: notes typed during the call and saved as typed, then the
 * wrap-up form (disposition, notes, tags, the countdown of timed modes, extend) that logs the call
 * to the CRM journal and tells the agent session the agent is done.
 */
@NullMarked
package org.switchboard.app.wrapup;

import org.jspecify.annotations.NullMarked;
