/**
 * The diagnostics bundle for IT tickets: a zip of the desktop's logs, its settings files and a
 * description of the machine, with secrets and customer data removed ({@link
 * org.switchboard.app.diagnostics.DiagnosticsBundle}); made from the settings' Support section
 * ({@link org.switchboard.app.diagnostics.SupportView}) or the command line ({@link
 * org.switchboard.app.diagnostics.DiagnosticsCommand}). Call history, wrap-up drafts, the CRM
 * outbox and customer files are only listed, never included.
 */
@NullMarked
package org.switchboard.app.diagnostics;

import org.jspecify.annotations.NullMarked;
