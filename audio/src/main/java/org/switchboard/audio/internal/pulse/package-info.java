/**
 * PulseAudio through libjitsi's thin libpulse binding ({@code
 * org.jitsi.impl.neomedia.pulseaudio.PA}, {@code libjnpulseaudio.so}), without libjitsi's media
 * service: one {@link org.switchboard.audio.internal.pulse.PulseConnection} (a threaded main loop
 * and a context), the server's sinks and sources, and record and playback streams that the engine's
 * clock thread reads and writes without blocking. See ADR 24.
 */
@NullMarked
package org.switchboard.audio.internal.pulse;

import org.jspecify.annotations.NullMarked;
