/**
 * The user agent core: receives JAIN-SIP's callbacks, hands them to {@code sip-events} and routes
 * each message to the layer that handles it.
 */
@NullMarked
package org.switchboard.sip.internal.ua;

import org.jspecify.annotations.NullMarked;
