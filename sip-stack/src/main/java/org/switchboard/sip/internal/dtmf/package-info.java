/** DTMF signalled in SIP INFO bodies (application/dtmf-relay and application/dtmf). */
@NullMarked
package org.switchboard.sip.internal.dtmf;

import org.jspecify.annotations.NullMarked;
