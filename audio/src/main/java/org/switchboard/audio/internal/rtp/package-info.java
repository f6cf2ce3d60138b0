/**
 * One call's RTP stream on libjitsi: the port pair bound before SDP, the session that applies each
 * negotiation (codec, payload types, remote, direction) to a libjitsi {@code AudioMediaStream}, RFC
 * 4733 DTMF in both directions, and closing streams that FMJ refuses to close at once.
 */
@NullMarked
package org.switchboard.audio.internal.rtp;

import org.jspecify.annotations.NullMarked;
