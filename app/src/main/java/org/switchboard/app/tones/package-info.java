/**
 * The tones the desktop plays itself through {@link org.switchboard.core.media.TonePlayer}: the
 * ringtone behind the incoming-call {@link org.switchboard.app.incoming.Ringer} ({@link
 * org.switchboard.app.tones.ToneRinger}), and the call-progress tones chosen from the calls' events
 * ({@link org.switchboard.app.tones.CallTones}): ringback, call waiting, the zip tone of an
 * auto-answered call, busy and error.
 */
@NullMarked
package org.switchboard.app.tones;

import org.jspecify.annotations.NullMarked;
