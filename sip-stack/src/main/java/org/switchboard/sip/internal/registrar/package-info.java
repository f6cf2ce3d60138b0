/**
 * The registrar of a service-mode user agent: REGISTER with server-side digest (RFC 8760), nonces,
 * bindings with expiry and the lookup of a user's contact for calls the service places. ADR 28.
 */
@NullMarked
package org.switchboard.sip.internal.registrar;

import org.jspecify.annotations.NullMarked;
