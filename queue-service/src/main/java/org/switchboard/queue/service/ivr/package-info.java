/**
 * The IVR: one state machine per customer call, driven by its entry point's definition (greeting,
 * menus, digit collection, timeouts, repeat), ending with the queue the caller chose, the language
 * and the attached data. It talks to the call through {@link
 * org.switchboard.queue.service.ivr.IvrCall}; everything runs on the call's serial thread.
 */
@NullMarked
package org.switchboard.queue.service.ivr;

import org.jspecify.annotations.NullMarked;
