/**
 * OAuth 2.0 for CRM connectors: the device authorisation grant (RFC 8628), the authorisation-code
 * grant with PKCE (RFC 7636) through a loopback redirect (RFC 8252), token refresh, and the tokens
 * kept in the keychain.
 *
 * <p>Threads: sign-in flows block the thread that runs them (the app hands them an executor);
 * {@link org.switchboard.crm.internal.oauth.OAuthCredentials} is called on whatever thread sends a
 * CRM request and serialises refreshes behind one lock. Nothing here logs a token, a code, a
 * verifier or a state.
 */
@NullMarked
package org.switchboard.crm.internal.oauth;

import org.jspecify.annotations.NullMarked;
