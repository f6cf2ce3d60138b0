/** Routes JAIN-SIP's own logging to SLF4J, with credentials and SDP keys redacted. */
@NullMarked
package org.switchboard.sip.internal.log;

import org.jspecify.annotations.NullMarked;
