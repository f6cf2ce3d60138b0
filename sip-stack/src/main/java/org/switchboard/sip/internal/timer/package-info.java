/**
 * Session timers (RFC 4028): the Session-Expires and Min-SE negotiation on INVITE, re-INVITE and
 * UPDATE, refreshes when this side is the refresher, and BYE when a session expires unrefreshed.
 */
@NullMarked
package org.switchboard.sip.internal.timer;

import org.jspecify.annotations.NullMarked;
