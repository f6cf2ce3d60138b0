/**
 * The incoming-call notification: a small always-on-top window per ringing call with the caller,
 * queue, wait time and the customer card's summary, answer / reject by button and keyboard, and the
 * ringtone on the ringer device.
 *
 * <p>{@link org.switchboard.app.incoming.IncomingCallViewModel} decides (plain {@code
 * javafx.beans}, tested without a toolkit); {@link org.switchboard.app.incoming.IncomingCallWindow}
 * owns the Stage and binds; {@link org.switchboard.app.incoming.Ringer} is the port the view model
 * rings through: {@link org.switchboard.app.tones.ToneRinger} plays the ringtone through the media
 * audio module's tone player, on the ringer devices the routing chose.
 */
@NullMarked
package org.switchboard.app.incoming;

import org.jspecify.annotations.NullMarked;
