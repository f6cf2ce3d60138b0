/**
 * Call transfer (RFC 3515, RFC 5589): REFER as transferor (blind, and attended with Replaces) and
 * as transferee with its NOTIFY progress reports, and replacing a call on an INVITE with Replaces
 * (RFC 3891) as transfer target.
 */
@NullMarked
package org.switchboard.sip.internal.transfer;

import org.jspecify.annotations.NullMarked;
