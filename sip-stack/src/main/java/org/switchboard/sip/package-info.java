/** The SIP user agent on JAIN-SIP: the public entry points; machinery lives in {@code internal}. */
@NullMarked
package org.switchboard.sip;

import org.jspecify.annotations.NullMarked;
