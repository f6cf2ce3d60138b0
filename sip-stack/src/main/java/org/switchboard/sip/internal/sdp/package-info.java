/** SDP offer/answer (RFC 3264) for one audio stream: writing, reading and negotiating. */
@NullMarked
package org.switchboard.sip.internal.sdp;

import org.jspecify.annotations.NullMarked;
