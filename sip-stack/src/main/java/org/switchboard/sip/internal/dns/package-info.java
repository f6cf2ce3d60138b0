/**
 * Locating SIP servers (RFC 3263): NAPTR, SRV and A/AAAA lookups through dnsjava, and the ordered
 * list of targets with failover to the next one.
 */
@NullMarked
package org.switchboard.sip.internal.dns;

import org.jspecify.annotations.NullMarked;
