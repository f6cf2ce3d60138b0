/** Registration (RFC 3261 section 10): REGISTER, refresh and un-REGISTER. */
@NullMarked
package org.switchboard.sip.internal.register;

import org.jspecify.annotations.NullMarked;
