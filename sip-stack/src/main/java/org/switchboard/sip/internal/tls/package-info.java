/**
 * SIP over TLS: the protocol versions and cipher suites offered, the trusted authorities, the
 * server identity check of RFC 5922, and the JAIN-SIP network layer that applies them.
 */
@NullMarked
package org.switchboard.sip.internal.tls;

import org.jspecify.annotations.NullMarked;
