/**
 * The queue service's media plane on the RTP engine: per call leg a program (silence, prompts once,
 * a music loop, or another leg's audio), switched at any time from any thread and read on the
 * {@code switchboard-media-clock} thread. Bridging is leg-to-leg audio on that one thread, so no
 * locks are needed between the legs of a call.
 */
@NullMarked
package org.switchboard.audio.internal.plane;

import org.jspecify.annotations.NullMarked;
