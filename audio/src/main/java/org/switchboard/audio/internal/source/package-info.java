/**
 * What a call sends when the source is not a sound card: 20 ms frames of 8 kHz mono 16-bit PCM from
 * a tone, a WAV file or silence, and the FMJ push capture device that paces them into libjitsi
 * without any sound server.
 */
@NullMarked
package org.switchboard.audio.internal.source;

import org.jspecify.annotations.NullMarked;
