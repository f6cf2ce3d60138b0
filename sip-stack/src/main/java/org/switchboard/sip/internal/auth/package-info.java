/**
 * HTTP digest authentication (RFC 2617, 7616, 8760) for SIP: challenges, answers and when to answer
 * them.
 */
@NullMarked
package org.switchboard.sip.internal.auth;

import org.jspecify.annotations.NullMarked;
