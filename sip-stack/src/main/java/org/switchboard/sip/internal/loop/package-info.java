/** The serial {@code sip-events} thread that owns all SIP state, and listener fan-out from it. */
@NullMarked
package org.switchboard.sip.internal.loop;

import org.jspecify.annotations.NullMarked;
