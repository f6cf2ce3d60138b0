/** Blind transfer with REFER (RFC 3515) and its NOTIFY progress reports. */
@NullMarked
package org.switchboard.sip.internal.transfer;

import org.jspecify.annotations.NullMarked;
