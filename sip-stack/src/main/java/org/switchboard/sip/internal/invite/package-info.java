/**
 * INVITE sessions (RFC 3261 sections 13-15): calls in, calls out, CANCEL, BYE, re-INVITE for hold
 * and resume, and in-dialog INFO.
 */
@NullMarked
package org.switchboard.sip.internal.invite;

import org.jspecify.annotations.NullMarked;
