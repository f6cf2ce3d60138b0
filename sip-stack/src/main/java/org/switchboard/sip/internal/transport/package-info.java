/**
 * The JAIN-SIP stack, its listening point and factories; how requests leave and responses are sent.
 */
@NullMarked
package org.switchboard.sip.internal.transport;

import org.jspecify.annotations.NullMarked;
