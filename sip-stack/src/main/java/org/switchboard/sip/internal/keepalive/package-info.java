/**
 * Keeps the connection or NAT binding to the registrar alive: CRLF pings on TCP/TLS (RFC 5626
 * section 4.4.1) and OPTIONS on UDP, re-registering when the server stops answering.
 */
@NullMarked
package org.switchboard.sip.internal.keepalive;

import org.jspecify.annotations.NullMarked;
