/**
 * Device choice: which capture, playback and ringer device is in use per role ({@link
 * org.switchboard.audio.internal.routing.RouteChooser}), following the agent's preferences, {@code
 * switchTo} requests and hot-plugging ({@link org.switchboard.audio.internal.routing.DeviceWatch}),
 * and the routed inputs and outputs that calls hold, which swap their device stream underneath
 * without the call noticing beyond a short gap. Written against {@link
 * org.switchboard.audio.internal.routing.AudioBackend}, so the rules are tested without a sound
 * server; PulseAudio is the one production backend.
 */
@NullMarked
package org.switchboard.audio.internal.routing;

import org.jspecify.annotations.NullMarked;
